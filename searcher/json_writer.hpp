#pragma once
// Writes JSON text straight into a string, laid out byte for byte as nlohmann's dump lays it
// out (compact, or indented), without building a tree first: the search response is written
// once per search by every front end, and a tree costs more than the search's own
// presentation. Strings are made valid UTF-8 as dump_json makes them.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

class JsonWriter {
  public:
    /// `indent`: spaces per level, -1 one line (as nlohmann's dump takes it).
    explicit JsonWriter(int indent = -1) : indent_(indent) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// The next member's name; its value follows.
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(std::uint64_t number);
    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(unsigned number) { value(static_cast<std::uint64_t>(number)); }
    void value(unsigned long long number) { value(static_cast<std::uint64_t>(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    /// `text`, or null when it is empty (an unknown date).
    void value_or_null_if_empty(std::string_view text);
    /// The value, or null when there is none (no speaker, no suggestion).
    void value_or_null(const std::optional<std::string>& text);
    /// A member: its name, then its value.
    template <typename T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    /// The text written; the writer is spent.
    std::string take() { return std::move(out_); }

  private:
    // Before a value or a member: the comma and line break the layout puts there.
    void separate();
    void open(char bracket);
    void close(char bracket);
    void newline_indent();

    struct Level {
        bool empty = true;
    };
    std::string out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
    int indent_;
};

}  // namespace newsdex
