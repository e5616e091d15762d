// `cpkit docs`: the benchmark charts. read_bench_json reads what `./cpkit bench --json` prints (an
// array of rows; each row names its machine and date); write_bench_charts draws one hand-built
// SVG per module: a horizontal bar per (case, size) of cpkit's speedup over the best peer (else
// the baseline) on a log scale, growing from a 1x line: to the right (solid) cpkit is faster, to
// the left (hatched) it is slower. Every bar carries its ratio; each case names its peer.
#include "docs_charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>
#include <utility>

namespace cpkit_tool::docs {
namespace {

using json = nlohmann::json;

constexpr double nan_value = std::numeric_limits<double>::quiet_NaN();

[[noreturn]] void malformed(const fs::path& file, const std::string& what) {
  throw tool_error(file.string() + ": " + what);
}

// Module, case and peer names as the bench tool makes them: [a-z0-9_]+ (a module names a file).
bool is_name(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Row i's key: a string, or "" when absent or null; anything else is malformed.
std::string text_of(const json& row, const char* key, const fs::path& file, std::size_t i) {
  auto it = row.find(key);
  if (it == row.end() || it->is_null()) return "";
  if (!it->is_string()) malformed(file, fmt::format("row {}: \"{}\" is not a string", i + 1, key));
  return it->get<std::string>();
}

std::string name_of(const json& row, const char* key, const fs::path& file, std::size_t i, bool required) {
  std::string s = text_of(row, key, file, i);
  if (s.empty() && !required) return s;
  if (s.empty()) malformed(file, fmt::format("row {}: no \"{}\"", i + 1, key));
  if (!is_name(s))
    malformed(file, fmt::format("row {}: \"{}\" is not a name of a-z, 0-9 and _ (at most 64)", i + 1, key));
  return s;
}

// Row i's ratio: NaN when absent or null; a number above 0 otherwise (a log scale draws it).
double ratio_of(const json& row, const char* key, const fs::path& file, std::size_t i) {
  auto it = row.find(key);
  if (it == row.end() || it->is_null()) return nan_value;
  if (!it->is_number()) malformed(file, fmt::format("row {}: \"{}\" is not a number or null", i + 1, key));
  const double v = it->get<double>();
  if (!(v > 0) || !std::isfinite(v)) malformed(file, fmt::format("row {}: \"{}\" is not above 0", i + 1, key));
  return v;
}

std::string size_of(const json& row, const fs::path& file, std::size_t i) {
  auto it = row.find("size");
  if (it != row.end() && it->is_number_unsigned()) return std::to_string(it->get<std::uint64_t>());
  if (it != row.end() && it->is_number_integer() && it->get<std::int64_t>() >= 0)
    return std::to_string(it->get<std::int64_t>());
  if (it != row.end() && it->is_string() && all_digits(it->get<std::string>()) && it->get<std::string>().size() <= 18)
    return it->get<std::string>();
  malformed(file, fmt::format("row {}: \"size\" is not a whole number", i + 1));
}

struct reader {
  bench_doc doc;
  std::map<std::tuple<std::string, std::string, std::string>, fs::path> seen;  // row -> its file

  void read(const fs::path& file) {
    const std::string text = read_file(file);
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) malformed(file, "not JSON (expected what ./cpkit bench --json prints)");
    if (!j.is_array()) malformed(file, "not a JSON array of rows (expected what ./cpkit bench --json prints)");
    for (std::size_t i = 0; i < j.size(); ++i) {
      const json& row = j[i];
      if (!row.is_object()) malformed(file, fmt::format("row {} is not an object", i + 1));
      bench_point p;
      p.module = name_of(row, "module", file, i, true);
      p.case_name = name_of(row, "case", file, i, true);
      p.size = size_of(row, file, i);
      const double vs_best = ratio_of(row, "speedup_vs_best", file, i);
      const double vs_baseline = ratio_of(row, "speedup", file, i);
      const std::string peer = name_of(row, "best_peer", file, i, false);
      if (std::isfinite(vs_best) || !std::isfinite(vs_baseline)) {
        p.speedup = vs_best;
        p.baseline = peer.empty() ? "baseline" : peer;
      } else {
        p.speedup = vs_baseline;
        p.baseline = "baseline";
      }
      p.machine = text_of(row, "machine", file, i);
      p.date = text_of(row, "date", file, i);
      auto [it, fresh] = seen.emplace(std::make_tuple(p.module, p.case_name, p.size), file);
      if (!fresh)
        malformed(file, fmt::format("row {}: {} {} at size {} is also in {}", i + 1, p.module, p.case_name, p.size,
                                    it->second == file ? "an earlier row" : it->second.string()));
      doc.points.push_back(std::move(p));
    }
  }
};

// Distinct non-empty values in order of appearance, joined with "; ".
std::string joined(const std::vector<std::string>& values) {
  std::string out;
  std::set<std::string> seen;
  for (auto& v : values)
    if (!v.empty() && seen.insert(v).second) out += (out.empty() ? "" : "; ") + v;
  return out;
}

// The dates as one text: "2026-12-07", or "2026-12-06 to 2026-12-07" (ISO dates sort as text).
std::string date_span(std::vector<std::string> dates) {
  dates.erase(std::remove(dates.begin(), dates.end(), std::string()), dates.end());
  if (dates.empty()) return "";
  std::sort(dates.begin(), dates.end());
  return dates.front() == dates.back() ? dates.front() : dates.front() + " to " + dates.back();
}

// ---- SVG --------------------------------------------------------------------------------------

// "size 10⁶" for a power of ten from 1000, else the digits grouped by thin spaces from 5 digits
// ("size 1 368 269", "size 2000"); tests/docs/check_charts.py repeats this rule.
std::string size_label(const std::string& size) {
  if (!all_digits(size)) return "size " + size;
  if (size.size() >= 4 && size[0] == '1' && size.find_first_not_of('0', 1) == std::string::npos) {
    static const char* const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string e;
    for (char c : std::to_string(size.size() - 1)) e += sup[c - '0'];
    return "size 10" + e;
  }
  if (size.size() < 5) return "size " + size;
  std::string out;
  for (std::size_t i = 0; i < size.size(); ++i) {
    if (i && (size.size() - i) % 3 == 0) out += "\u2009";
    out += size[i];
  }
  return "size " + out;
}

// The ratio as a bar's label, three significant digits from 10 ("0.86x", "1.52x", "13.7x", "1370x");
// tests/docs/check_charts.py repeats this rule.
std::string ratio_label(double v) {
  if (!std::isfinite(v)) return "no figure";
  if (v >= 99.95) return fmt::format("{:.0f}x", v);
  if (v >= 9.995) return fmt::format("{:.1f}x", v);
  return fmt::format("{:.2f}x", v);
}

// A rough width of sans-serif text at 11 px (mean advance ~0.58 em), for the layout only.
double text_width(const std::string& s, double font_px = 11) {
  std::size_t chars = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;  // count UTF-8 lead bytes
  return static_cast<double>(chars) * font_px * 0.58;
}

struct case_group {
  std::string name;
  std::vector<const bench_point*> points;  // by size
  std::string peer;                        // the one baseline of every point, else ""
};

// The log-scale axis: ticks at powers of 2 (or of 10 for a span over 2^7) around [lo, hi] and 1;
// 1x is an end of the axis when every bar is on one side of it.
struct axis {
  double base = 2, lo = 0.5, hi = 2;  // the first and last tick
  double x0 = 0, x1 = 0;              // their x
  double x(double v) const {
    const double t = (std::log(v) - std::log(lo)) / (std::log(hi) - std::log(lo));
    return x0 + t * (x1 - x0);
  }
  std::vector<double> ticks() const {
    std::vector<double> t;
    for (double v = lo; v <= hi * 1.0001; v *= base) t.push_back(v);
    return t;
  }
};

axis make_axis(const std::vector<const bench_point*>& pts) {
  double lo = 1, hi = 1;
  for (auto* p : pts)
    if (std::isfinite(p->speedup)) lo = std::min(lo, p->speedup), hi = std::max(hi, p->speedup);
  axis a;
  a.base = std::log2(hi / lo) > 7 ? 10 : 2;
  const double lb = std::log(a.base);
  // The small nudges keep a value that is a power of the base (4.0, 0.5) on its own tick.
  int e_lo = static_cast<int>(std::floor(std::log(lo) / lb + 1e-9));
  int e_hi = static_cast<int>(std::ceil(std::log(hi) / lb - 1e-9));
  e_lo = std::min(e_lo, 0);
  e_hi = std::max(e_hi, 0);
  if (e_lo == e_hi) e_lo = -1, e_hi = 1;  // every figure is 1x, or none is finite
  a.lo = std::pow(a.base, e_lo);
  a.hi = std::pow(a.base, e_hi);
  return a;
}

std::string tick_label(double v) { return fmt::format("{:g}x", v); }

constexpr double chart_width = 700;
constexpr double font = 11;
constexpr double row_h = 17, head_h = 19, group_gap = 5;

std::string chart_svg(const std::string& module, const std::vector<case_group>& cases) {
  std::vector<const bench_point*> pts;
  std::vector<std::string> machines, dates;
  for (auto& c : cases)
    for (auto* p : c.points) pts.push_back(p), machines.push_back(p->machine), dates.push_back(p->date);

  // Left column: the size (and the peer, when a case measures against several).
  double label_w = 60;
  for (auto& c : cases)
    for (auto* p : c.points)
      label_w = std::max(label_w, text_width(size_label(p->size) + (c.peer.empty() ? ", vs " + p->baseline : "")));
  label_w = std::min(label_w, 260.0);
  axis a = make_axis(pts);
  const double pad = 46;  // room for a ratio label beside a bar at either end of the axis
  a.x0 = 12 + label_w + 10 + pad;
  a.x1 = chart_width - 12 - pad;
  const double x_one = a.x(1);

  const double top = 62;  // first group
  double h = top;
  for (auto& c : cases) h += head_h + row_h * static_cast<double>(c.points.size()) + group_gap;
  const double plot_bottom = h;
  const double height = plot_bottom + 16 + 2 * 15 + 8;

  const std::string hatch = "slower-" + module;
  std::string s;
  s += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} "
      "{1:.0f}\" font-family=\"sans-serif\" font-size=\"{2:.0f}\" class=\"bench-chart\" data-module=\"{3}\" "
      "role=\"img\" aria-labelledby=\"title-{3} desc-{3}\">\n",
      chart_width, height, font, xml_escape(module));
  const std::string machine = joined(machines), date = date_span(dates);
  const std::string measured = fmt::format("Measured {} on {}.", date.empty() ? "(date not recorded)" : date,
                                           machine.empty() ? "(machine not recorded)" : machine);
  s += fmt::format("<title id=\"title-{0}\">{0}: speedup of cpkit per case and size</title>\n", xml_escape(module));
  s += fmt::format("<desc id=\"desc-{}\">{}</desc>\n", xml_escape(module), xml_escape(measured));
  s += fmt::format(
      "<defs><pattern id=\"{}\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#fbe0cc\"/>"
      "<line x1=\"1\" y1=\"0\" x2=\"1\" y2=\"5\" stroke=\"#c0561a\" stroke-width=\"2\"/></pattern></defs>\n",
      xml_escape(hatch));
  s += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  s += fmt::format(
      "<text x=\"12\" y=\"19\" font-size=\"14\" font-weight=\"bold\">{}: speedup of cpkit "
      "<tspan font-weight=\"normal\" fill=\"#555555\">(peer's time / cpkit's time, medians, log scale)</tspan>"
      "</text>\n",
      xml_escape(module));
  // Legend.
  s += "<g class=\"legend\">";
  s += "<rect x=\"12\" y=\"29\" width=\"14\" height=\"10\" fill=\"#3b6db3\"/>";
  s += "<text x=\"31\" y=\"38\">cpkit faster (right of 1x)</text>";
  s += "<rect x=\"190\" y=\"29\" width=\"14\" height=\"10\" fill=\"url(#" + xml_escape(hatch) + ")\" stroke=\"#c0561a\"/>";
  s += "<text x=\"209\" y=\"38\">cpkit slower (left of 1x)</text>";
  s += "</g>\n";

  // Group bands; the bars' rows of each group (the grid and the 1x line stay out of the headers).
  std::vector<std::pair<double, double>> spans;
  double y = top;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const double gh = head_h + row_h * static_cast<double>(cases[i].points.size());
    if (i % 2 == 0)
      s += fmt::format("<rect x=\"6\" y=\"{:.1f}\" width=\"{:.0f}\" height=\"{:.1f}\" fill=\"#f3f5f8\"/>\n", y - 2,
                       chart_width - 12, gh + 2);
    spans.emplace_back(y + head_h - 1, y + gh + 1);
    y += gh + group_gap;
  }
  s += "<g class=\"axis\" fill=\"#555555\" text-anchor=\"middle\">";
  for (double t : a.ticks()) {
    const double x = a.x(t);
    if (std::fabs(t - 1) > 1e-9)
      for (auto [y0, y1] : spans)
        s += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.0f}\" x2=\"{0:.1f}\" y2=\"{2:.0f}\" stroke=\"#d0d4da\"/>", x,
                         y0, y1);
    s += fmt::format("<text x=\"{:.1f}\" y=\"{:.0f}\">{}</text>", x, top - 6, xml_escape(tick_label(t)));
    s += fmt::format("<text x=\"{:.1f}\" y=\"{:.0f}\">{}</text>", x, plot_bottom + 10, xml_escape(tick_label(t)));
  }
  s += "</g>\n";

  // The groups: a header naming the case and its peer, then one bar per size.
  y = top;
  for (auto& c : cases) {
    s += fmt::format("<text class=\"case\" x=\"12\" y=\"{:.1f}\"><tspan font-weight=\"bold\">{}</tspan>", y + 12,
                     xml_escape(c.name));
    if (!c.peer.empty()) s += fmt::format("<tspan dx=\"8\" fill=\"#555555\">vs {}</tspan>", xml_escape(c.peer));
    else s += "<tspan dx=\"8\" fill=\"#555555\">vs the best peer of each size</tspan>";
    s += "</text>\n";
    y += head_h;
    for (auto* p : c.points) {
      const bool finite = std::isfinite(p->speedup);
      const bool slower = finite && p->speedup < 1;
      const double cy = y + row_h / 2;
      s += fmt::format(
          "<g class=\"bar {}\" data-case=\"{}\" data-size=\"{}\" data-speedup=\"{}\" data-baseline=\"{}\">",
          finite ? (slower ? "slower" : "faster") : "none", xml_escape(c.name), xml_escape(p->size), xml_escape(ratio_label(p->speedup)),
          xml_escape(p->baseline));
      std::string left = size_label(p->size);
      if (c.peer.empty()) left += ", vs " + p->baseline;
      s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", 12 + label_w, cy + 4,
                       xml_escape(left));
      if (finite) {
        const double bw = std::max(std::fabs(a.x(p->speedup) - x_one), 1.0);  // at least 1 px
        const double bx = slower ? x_one - bw : x_one;
        s += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"11\" fill=\"{}\"{}/>", bx,
                         cy - 5.5, bw, slower ? "url(#" + xml_escape(hatch) + ")" : "#3b6db3",
                         slower ? " stroke=\"#c0561a\"" : "");
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\"{}>{}</text>",
                         slower ? bx - 4 : bx + bw + 4, cy + 4, slower ? "end" : "start",
                         slower ? " fill=\"#a0441a\"" : "", xml_escape(ratio_label(p->speedup)));
      } else {
        s += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" fill=\"#777777\" font-style=\"italic\">{}</text>",
                         x_one + 4, cy + 4, xml_escape(ratio_label(p->speedup)));
      }
      s += "</g>\n";
      y += row_h;
    }
    y += group_gap;
  }
  // The 1x line over the bars.
  for (auto [y0, y1] : spans)
    s += fmt::format(
        "<line class=\"one\" x1=\"{0:.1f}\" y1=\"{1:.0f}\" x2=\"{0:.1f}\" y2=\"{2:.0f}\" stroke=\"#222222\" "
        "stroke-width=\"1.5\"/>\n",
        x_one, y0, y1);

  // Caption.
  const double cap = plot_bottom + 16 + 15;
  s += fmt::format(
      "<text class=\"caption\" x=\"12\" y=\"{:.0f}\" fill=\"#333333\">Each bar: the named peer's median time / "
      "cpkit's median time (./cpkit bench --json).</text>\n",
      cap);
  std::string m = measured;
  if (text_width(m) > chart_width - 24) {  // keep a very long CPU name inside the chart
    std::size_t keep = static_cast<std::size_t>((chart_width - 24) / (font * 0.58)) - 1;
    while (keep > 0 && (static_cast<unsigned char>(m[keep]) & 0xC0) == 0x80) --keep;
    m = m.substr(0, keep) + "\u2026";
  }
  s += fmt::format("<text class=\"caption\" x=\"12\" y=\"{:.0f}\" fill=\"#333333\">{}</text>\n", cap + 15, xml_escape(m));
  s += "</svg>\n";
  return s;
}

}  // namespace

bench_doc read_bench_json(const fs::path& file) {
  reader r;
  std::error_code ec;
  if (fs::is_directory(file, ec)) {
    std::vector<fs::path> files;
    for (auto& e : fs::directory_iterator(file, ec))
      if (e.path().extension() == ".json" && e.is_regular_file(ec)) files.push_back(e.path());
    if (ec) throw tool_error(file.string() + ": cannot list (" + ec.message() + ")");
    std::sort(files.begin(), files.end());
    for (auto& f : files) r.read(f);
  } else {
    r.read(file);
  }
  std::vector<std::string> machines, dates;
  for (auto& p : r.doc.points) machines.push_back(p.machine), dates.push_back(p.date);
  r.doc.machine = joined(machines);
  r.doc.date = date_span(dates);
  return r.doc;
}

std::vector<std::string> write_bench_charts(const bench_doc& bench, const fs::path& out_dir) {
  std::map<std::string, std::vector<case_group>> modules;
  for (auto& p : bench.points) {
    auto& cases = modules[p.module];
    auto it = std::find_if(cases.begin(), cases.end(), [&](const case_group& c) { return c.name == p.case_name; });
    if (it == cases.end()) it = cases.insert(cases.end(), case_group{p.case_name, {}, ""});
    it->points.push_back(&p);
  }
  std::vector<std::string> drawn;
  for (auto& [module, cases] : modules) {
    if (!is_name(module))  // it names a file: never a path
      throw tool_error(fmt::format("benchmark module '{}' is not a name of a-z, 0-9 and _", module));
    for (auto& c : cases) {
      auto key = [](const bench_point* p) {  // whole numbers by value, before any other text
        const bool n = all_digits(p->size);
        return std::make_tuple(!n, n ? p->size.size() : 0, p->size);
      };
      std::stable_sort(c.points.begin(), c.points.end(),
                       [&](const bench_point* a, const bench_point* b) { return key(a) < key(b); });
      c.peer = c.points.front()->baseline;
      for (auto* p : c.points)
        if (p->baseline != c.peer) c.peer.clear();
    }
    // A point without a machine or date takes the document's (a bench_doc built by hand).
    std::vector<bench_point> filled;
    for (auto& c : cases)
      for (auto* p : c.points) {
        filled.push_back(*p);
        if (filled.back().machine.empty()) filled.back().machine = bench.machine;
        if (filled.back().date.empty()) filled.back().date = bench.date;
      }
    std::size_t k = 0;
    for (auto& c : cases)
      for (auto*& p : c.points) p = &filled[k++];
    write_file_atomic(out_dir / (module + ".svg"), chart_svg(module, cases));
    drawn.push_back(module);
  }
  return drawn;
}

}  // namespace cpkit_tool::docs
