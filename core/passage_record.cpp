#include "newsdex/passage_record.hpp"

#include <cstdint>
#include <stdexcept>

#include "newsdex/errors.hpp"

namespace newsdex {

PassageRecord PassageRecord::from(const Article& article, const Passage& passage) {
    PassageRecord r;
    r.article_id = article.id;
    r.ordinal = passage.ordinal;
    r.paragraph = passage.paragraph;
    r.passage_id = article.id + "#" + std::to_string(passage.ordinal);
    r.kind = passage.kind;
    r.speaker = passage.speaker;
    r.topics = passage.topics;
    r.title = article.title;
    r.date = article.date;
    r.time = article.time;
    r.source = article.source;
    r.url = article.url;
    r.path = article.path;
    r.language = article.language;
    r.metadata = article.metadata;
    r.text = passage.text;
    return r;
}

// The stored form: fields in a fixed order, strings and numbers length-prefixed by a
// varint; ten times quicker to read back than JSON, and smaller.
namespace {

void put_number(std::string& out, std::uint64_t n) {
    while (n >= 0x80) {
        out += static_cast<char>((n & 0x7F) | 0x80);
        n >>= 7;
    }
    out += static_cast<char>(n);
}

void put_string(std::string& out, const std::string& s) {
    put_number(out, s.size());
    out += s;
}

class Reader {
public:
    Reader(const std::string& data, std::size_t from) : data_(data), pos_(from) {}
    std::uint64_t number() {
        std::uint64_t n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos_ >= data_.size()) fail();
            const auto byte = static_cast<unsigned char>(data_[pos_++]);
            n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) return n;
        }
        fail();
    }
    std::string string() {
        const auto n = number();
        if (n > data_.size() - pos_) fail();
        auto out = data_.substr(pos_, n);
        pos_ += n;
        return out;
    }
    bool done() const { return pos_ == data_.size(); }
    [[noreturn]] static void fail() { throw std::runtime_error("truncated or malformed"); }

private:
    const std::string& data_;
    std::size_t pos_;
};

// First byte: a record of this layout. A record with a time of day is written with
// kFormatTimed and the time after the text, so records without one read as before.
constexpr char kFormat = 'P';
constexpr char kFormatTimed = 'T';

}  // namespace

std::string PassageRecord::serialise() const {
    std::string out(1, time.empty() ? kFormat : kFormatTimed);
    for (const auto* field : {&passage_id, &article_id}) put_string(out, *field);
    put_number(out, static_cast<std::uint64_t>(ordinal));
    put_number(out, static_cast<std::uint64_t>(paragraph));
    put_string(out, std::string(to_string(kind)));
    put_number(out, speaker ? 1 : 0);
    if (speaker) put_string(out, *speaker);
    put_number(out, topics.size());
    for (const auto& t : topics) put_string(out, t);
    for (const auto* field : {&title, &date, &source, &url, &path, &language}) put_string(out, *field);
    put_number(out, metadata.size());
    for (const auto& [key, value] : metadata) {
        put_string(out, key);
        put_string(out, value);
    }
    put_string(out, text);
    if (!time.empty()) put_string(out, time);
    return out;
}

PassageRecord PassageRecord::parse(const std::string& data) {
    try {
        if (data.empty() || (data[0] != kFormat && data[0] != kFormatTimed)) Reader::fail();
        Reader in(data, 1);
        PassageRecord r;
        r.passage_id = in.string();
        r.article_id = in.string();
        r.ordinal = static_cast<int>(in.number());
        r.paragraph = static_cast<int>(in.number());
        auto kind = passage_kind_from_string(in.string());
        if (!kind) throw std::runtime_error("unknown passage kind");
        r.kind = *kind;
        if (in.number()) r.speaker = in.string();
        for (auto n = in.number(); n > 0; --n) r.topics.push_back(in.string());
        for (auto* field : {&r.title, &r.date, &r.source, &r.url, &r.path, &r.language})
            *field = in.string();
        for (auto n = in.number(); n > 0; --n) {
            auto key = in.string();
            r.metadata[key] = in.string();
        }
        r.text = in.string();
        if (data[0] == kFormatTimed) r.time = in.string();
        if (!in.done()) Reader::fail();
        return r;
    } catch (const std::exception& e) {
        throw DatabaseError(DatabaseError::Reason::corrupt, "(document data)",
                            std::string("unreadable passage record: ") + e.what());
    }
}

}  // namespace newsdex
