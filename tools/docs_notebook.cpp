// Placeholder until the notebook lands (issue 16, in progress this session): every entry point
// throws, so nothing can mistake it for a notebook.
#include "docs_notebook.hpp"

namespace cpkit_tool::docs {

std::vector<std::string> read_notebook_select(const model&, const fs::path&) {
  throw tool_error("the notebook is not built yet");
}

notebook_result build_notebook(const model&, const fs::path&, const std::vector<std::string>&) {
  throw tool_error("the notebook is not built yet");
}

}  // namespace cpkit_tool::docs
