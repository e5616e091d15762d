// Placeholder until the docs model lands (issue 16, in progress this session).
#include "docs_model.hpp"

namespace cpkit_tool::docs {

model load_model(const fs::path&, const fs::path&) { throw tool_error("the docs model is not built yet"); }

std::string notebook_hash(const std::string&) { throw tool_error("the docs model is not built yet"); }

}  // namespace cpkit_tool::docs
