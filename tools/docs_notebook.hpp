// `cpkit docs`: the printable team notebook (A4, two columns), built from the docs model.
#pragma once

#include <string>
#include <vector>

#include "common.hpp"
#include "docs_model.hpp"

namespace cpkit_tool::docs {

struct notebook_result {
  fs::path html, pdf;
  int pages = 0;                        // pages of the PDF
  std::vector<std::string> headers;     // headers it holds, in order (header_doc::include)
};

// The headers a --notebook-select FILE names: one include path ("cpkit/heap/d_ary_heap.hpp") or
// one glob-free module name ("heap") per line, '#' comments and blank lines ignored. Throws
// tool_error naming the file and line for a name that is no header or module of the model.
std::vector<std::string> read_notebook_select(const model& m, const fs::path& file);

// Writes out_dir/notebook.html and prints it to out_dir/notebook.pdf. `select` empty: every
// header of the model.
notebook_result build_notebook(const model& m, const fs::path& out_dir, const std::vector<std::string>& select);

}  // namespace cpkit_tool::docs
