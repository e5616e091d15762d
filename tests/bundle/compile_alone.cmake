# cmake -DTOOL=<cpkit> -DSOURCE=<file.cpp> -DCOMPILER=<g++|clang++> -DSTD=<-std=...> -DWORK=<dir>
#       [-DARGS=<bundle options, space-separated>] -P compile_alone.cmake
# Bundles SOURCE into WORK/main.cpp (WORK emptied first), checks that no cpkit include is left,
# then compiles it there, alone: no -I, CPATH and friends unset, -O2 -Wall -Wextra -Werror.
foreach(var TOOL SOURCE COMPILER STD WORK)
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
  message(FATAL_ERROR "cpkit bundle ${SOURCE} failed (exit ${rc}):\n${err}")
endif()
message(STATUS "${err}")

file(STRINGS ${WORK}/main.cpp left REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]cpkit/")
if(left)
  message(FATAL_ERROR "cpkit includes left in the bundle of ${SOURCE}: ${left}")
endif()
file(GLOB others RELATIVE ${WORK} ${WORK}/*)
if(NOT others STREQUAL "main.cpp")
  message(FATAL_ERROR "the directory is not empty but for the bundle: ${others}")
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
