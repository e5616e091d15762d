# cmake -DTOOL=<cpkit> -DSOURCE=<file.cpp> -DWORK=<dir> [-DCOMPILER=<g++|clang++> -DSTD=<-std=...>]
#       [-DMAX_BYTES=<n>] [-DARGS=<bundle options, space-separated>] -P compile_alone.cmake
# Bundles SOURCE into WORK/main.cpp (WORK emptied first), checks that no cpkit include is left and,
# with MAX_BYTES, that the bundle is at most that many bytes; then, with COMPILER, compiles it
# there, alone: no -I, CPATH and friends unset, -O2 -Wall -Wextra -Werror.
foreach(var TOOL SOURCE WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "compile_alone.cmake: -D${var}=... missing")
  endif()
endforeach()

separate_arguments(ARGS UNIX_COMMAND "${ARGS}")
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${TOOL} bundle ${SOURCE} -o ${WORK}/main.cpp ${ARGS}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpkit bundle ${SOURCE} ${ARGS} failed (exit ${rc}):\n${err}")
endif()
message(STATUS "${err}")

file(STRINGS ${WORK}/main.cpp left REGEX "^[ \t]*(#|%:)[ \t]*include[ \t]*[<\"]cpkit/")
if(left)
  message(FATAL_ERROR "cpkit includes left in the bundle of ${SOURCE}: ${left}")
endif()
file(GLOB others RELATIVE ${WORK} ${WORK}/*)
if(NOT others STREQUAL "main.cpp")
  message(FATAL_ERROR "the directory is not empty but for the bundle: ${others}")
endif()

if(DEFINED MAX_BYTES)
  file(SIZE ${WORK}/main.cpp size)
  if(size GREATER MAX_BYTES)
    message(FATAL_ERROR "the bundle of ${SOURCE} is ${size} bytes, over ${MAX_BYTES} "
                        "(bundle: ${WORK}/main.cpp)")
  endif()
  message(STATUS "${size} bytes, at most ${MAX_BYTES}: ok")
endif()

if(NOT COMPILER)
  return()
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env --unset=CPATH --unset=CPLUS_INCLUDE_PATH --unset=C_INCLUDE_PATH
          ${COMPILER} ${STD} -O2 -Wall -Wextra -Werror main.cpp -o main
  WORKING_DIRECTORY ${WORK}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the bundle of ${SOURCE} does not compile alone with ${COMPILER} ${STD} "
                      "-O2 -Wall -Wextra -Werror (bundle: ${WORK}/main.cpp):\n${out}")
endif()
message(STATUS "${COMPILER} ${STD} -O2 -Wall -Wextra -Werror: ok")
