#include "core/snapshot.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace tpf::snapshot {
namespace {

// Layout: magic, format, key, payload size, payload checksum, payload. Numbers are stored in the
// machine's own byte order: a snapshot is a per-machine cache, never exchanged.
constexpr std::array<char, 8> kMagic = {'T', 'P', 'F', 'D', 'B', 'S', 'N', 'P'};
constexpr std::uint32_t kFormat = 1; // bump when the encoding below changes
constexpr std::size_t kHeaderSize = kMagic.size() + 4 + 8 + 8 + 8;

// One field list per struct, shared by the writer and the reader, so the two cannot drift apart.
// Adding a field to a model struct changes its size, which changes every key (layoutSignature), and
// the snapshot round-trip test compares every field (the model's defaulted operator==).
template <class A> void io(A& a, Point& v) { a(v.x, v.y); }
template <class A> void io(A& a, FigurePart& v) { a(v.id, v.polygon); }
template <class A> void io(A& a, FigureView& v) { a(v.outline, v.parts); }
template <class A> void io(A& a, Figure& v) { a(v.aspect, v.front, v.back); }
template <class A> void io(A& a, Region& v) {
    a(v.id, v.baseId, v.label, v.baseLabel, v.view, v.side, v.group, v.synonyms, v.polygon);
}
template <class A> void io(A& a, Phrase& v) { a(v.id, v.label, v.synonyms, v.regions); }
template <class A> void io(A& a, SideWord& v) { a(v.words, v.side); }
template <class A> void io(A& a, Zone& v) { a(v.region, v.side); }
template <class A> void io(A& a, Location& v) { a(v.description, v.view, v.point); }
template <class A> void io(A& a, SelfTreatment& v) { a(v.tool, v.position, v.pressure); }
template <class A> void io(A& a, TriggerPoint& v) {
    a(v.id, v.name, v.muscle, v.location, v.primary, v.spillover, v.symptoms, v.mistakenFor, v.howToFind,
      v.selfTreatment, v.mobilization, v.stretch, v.cautions, v.dangerZones, v.holdSeconds, v.prevalence,
      v.satellites);
}
template <class A> void io(A& a, SourceRef& v) { a(v.ref, v.detail); }
template <class A> void io(A& a, Muscle& v) {
    a(v.id, v.name, v.otherNames, v.area, v.source, v.triggerPoints);
}
template <class A> void io(A& a, Source& v) { a(v.id, v.citation); }
template <class A> void io(A& a, DangerZone& v) { a(v.id, v.label, v.advice); }
template <class A> void io(A& a, Database& v) {
    a(v.schemaVersion, v.figure, v.regions, v.phrases, v.sideWords, v.sources, v.dangerZones, v.muscles,
      v.triggerPoints);
}

// The largest value of each enum, for the reader's range check.
constexpr int largest(Side) { return int(Side::Midline); }
constexpr int largest(View) { return int(View::Back); }
constexpr int largest(Prevalence) { return int(Prevalence::Rare); }
constexpr int largest(ZoneSide) { return int(ZoneSide::Both); }

class Writer {
public:
    std::string out;

    template <class... T> void operator()(T&... v) { (item(v), ...); }

    void raw(const void* data, std::size_t size) { out.append(static_cast<const char*>(data), size); }
    template <class T> void number(T v) { raw(&v, sizeof v); }

    void item(const std::string& s) {
        number(std::uint32_t(s.size()));
        raw(s.data(), s.size());
    }
    void item(double v) { number(v); }
    void item(int v) { number(std::int32_t(v)); }
    void item(std::size_t v) { number(std::uint64_t(v)); }
    template <class E>
    requires std::is_enum_v<E>
    void item(E v) { number(std::uint8_t(v)); }
    template <class T> void item(const std::vector<T>& v) {
        number(std::uint32_t(v.size()));
        for (const T& x : v)
            item(x);
    }
    template <class T> void item(const std::optional<T>& v) {
        number(std::uint8_t(v.has_value()));
        if (v)
            item(*v);
    }
    template <class T>
    requires std::is_class_v<T>
    void item(const T& v) {
        io(*this, const_cast<T&>(v)); // NOLINT(cppcoreguidelines-pro-type-const-cast): io only reads here
    }
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}

    bool ok() const { return problem_.empty(); }
    const std::string& problem() const { return problem_; }
    std::size_t position() const { return pos_; }
    std::size_t remaining() const { return in_.size() - pos_; }
    void fail(const std::string& what) {
        if (ok())
            problem_ = what + " at byte " + std::to_string(pos_);
        pos_ = in_.size();
    }

    template <class... T> void operator()(T&... v) { (item(v), ...); }

    template <class T> T number() {
        T v{};
        if (remaining() < sizeof v) {
            fail("it ends in the middle of a value");
            return v;
        }
        std::memcpy(&v, in_.data() + pos_, sizeof v);
        pos_ += sizeof v;
        return v;
    }
    // A count of items, each at least one byte long: never more than what is left.
    std::uint32_t count() {
        const auto n = number<std::uint32_t>();
        if (n > remaining()) {
            fail("a length of " + std::to_string(n) + " runs past its end");
            return 0;
        }
        return n;
    }

    void item(std::string& s) {
        const std::uint32_t n = count();
        s.assign(in_.data() + pos_, n);
        pos_ += n;
    }
    // Coordinates and the aspect: the loader accepts finite numbers only (JSON has no others).
    void item(double& v) {
        v = number<double>();
        if (!std::isfinite(v))
            fail("a number that is not finite");
    }
    void item(int& v) { v = number<std::int32_t>(); }
    void item(std::size_t& v) { v = std::size_t(number<std::uint64_t>()); }
    template <class E>
    requires std::is_enum_v<E>
    void item(E& v) {
        const auto raw = number<std::uint8_t>();
        if (raw > largest(E{}))
            fail("an enumeration value " + std::to_string(raw) + " out of range");
        v = E(raw);
    }
    template <class T> void item(std::vector<T>& v) {
        const std::uint32_t n = count();
        v.clear();
        v.reserve(std::min<std::uint32_t>(n, 4096)); // a damaged count must not allocate a lot up front
        for (std::uint32_t i = 0; i < n && ok(); ++i)
            item(v.emplace_back());
    }
    template <class T> void item(std::optional<T>& v) {
        const auto present = number<std::uint8_t>();
        if (present > 1)
            fail("an optional flag " + std::to_string(present) + " that is neither 0 nor 1");
        v.reset();
        if (present == 1)
            item(v.emplace());
    }
    template <class T>
    requires std::is_class_v<T>
    void item(T& v) { io(*this, v); }

private:
    std::string_view in_;
    std::size_t pos_ = 0;
    std::string problem_;
};

// The program's version and the size of every model struct: a snapshot made by another build with
// another layout gets another key.
std::string layoutSignature() {
    std::string s = "tpfinder " TPF_VERSION " snapshot " + std::to_string(kFormat);
    for (const std::size_t size :
         {sizeof(Point), sizeof(FigurePart), sizeof(FigureView), sizeof(Figure), sizeof(Region),
          sizeof(Phrase), sizeof(SideWord), sizeof(Zone), sizeof(Location), sizeof(SelfTreatment),
          sizeof(TriggerPoint), sizeof(SourceRef), sizeof(Muscle), sizeof(Source), sizeof(DangerZone),
          sizeof(Database)})
        s += " " + std::to_string(size);
    return s;
}

std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

// The references the rest of the program follows without checking: indices between muscles and
// trigger points.
std::string checkIndices(const Database& db) {
    for (const TriggerPoint& tp : db.triggerPoints)
        if (tp.muscle >= db.muscles.size())
            return "trigger point " + tp.id + " names muscle " + std::to_string(tp.muscle) + " of " +
                   std::to_string(db.muscles.size());
    for (const Muscle& m : db.muscles)
        for (const std::size_t tp : m.triggerPoints)
            if (tp >= db.triggerPoints.size())
                return "muscle " + m.id + " names trigger point " + std::to_string(tp) + " of " +
                       std::to_string(db.triggerPoints.size());
    return {};
}

} // namespace

namespace detail {

// A 64-bit hash, 8 bytes at a time (multiply, rotate; the finish of MurmurHash3). Not for security:
// it tells one version of the data files from another and spots a damaged snapshot.
std::uint64_t hash(std::string_view bytes, std::uint64_t seed) {
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ULL;
    constexpr std::uint64_t k2 = 0xC2B2AE3D27D4EB4FULL;
    const auto mix = [](std::uint64_t w) { return rotl(w * k2, 31) * k1; };
    std::uint64_t h = seed ^ (std::uint64_t(bytes.size()) * k1);
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, bytes.data() + i, 8);
        h = rotl(h ^ mix(w), 27) * k1 + k2;
    }
    if (i < bytes.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, bytes.data() + i, bytes.size() - i);
        h ^= mix(w);
    }
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

Decoded decodePayload(std::string_view payload) {
    Decoded result;
    Reader reader(payload);
    Database db;
    reader.item(db);
    if (reader.ok() && reader.remaining() != 0)
        reader.fail("it has " + std::to_string(reader.remaining()) + " bytes left over");
    if (!reader.ok()) {
        result.problem = "the snapshot is damaged: " + reader.problem();
        return result;
    }
    if (const std::string bad = checkIndices(db); !bad.empty()) {
        result.problem = "the snapshot is damaged: " + bad;
        return result;
    }
    db.reindex();
    result.database = std::move(db);
    return result;
}

} // namespace detail

std::uint64_t keyFor(const std::vector<std::string_view>& sourceTexts) {
    std::uint64_t key = detail::hash(layoutSignature(), 0);
    for (const std::string_view text : sourceTexts)
        key = detail::hash(text, key);
    return key;
}

std::string encode(const Database& db, std::uint64_t key) {
    Writer payload;
    payload.item(db);
    Writer out;
    out.raw(kMagic.data(), kMagic.size());
    out.number(kFormat);
    out.number(key);
    out.number(std::uint64_t(payload.out.size()));
    out.number(detail::hash(payload.out, key));
    out.out += payload.out;
    return std::move(out.out);
}

Decoded decode(std::string_view bytes, std::uint64_t key) {
    Decoded result;
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0) {
        result.problem = "not a data snapshot of this program";
        return result;
    }
    Reader header(bytes.substr(kMagic.size(), kHeaderSize - kMagic.size()));
    const auto format = header.number<std::uint32_t>();
    const auto storedKey = header.number<std::uint64_t>();
    const auto size = header.number<std::uint64_t>();
    const auto checksum = header.number<std::uint64_t>();
    const std::string_view payload = bytes.substr(kHeaderSize);
    if (format != kFormat) {
        result.problem = "snapshot format " + std::to_string(format) + ", this program reads format " +
                         std::to_string(kFormat);
    } else if (storedKey != key) {
        result.problem = "made from other data files or by another version of the program";
    } else if (size != payload.size()) {
        result.problem = "the snapshot is damaged: " + std::to_string(payload.size()) +
                         " bytes of content, " + std::to_string(size) + " expected";
    } else if (detail::hash(payload, key) != checksum) {
        result.problem = "the snapshot is damaged: its checksum does not match";
    } else {
        return detail::decodePayload(payload);
    }
    return result;
}

} // namespace tpf::snapshot
