// Reading body_regions.json: figure outline, regions (expanded per side), phrases.

#include "core/geometry.h"
#include "core/load_steps.h"
#include "core/text.h"

#include <algorithm>
#include <map>
#include <set>

namespace tpf::detail {
namespace {

const std::vector<std::pair<std::string_view, View>> kViews = {{"front", View::Front}, {"back", View::Back}};
enum class Sides { Bilateral, Midline };
const std::vector<std::pair<std::string_view, Sides>> kSides = {{"bilateral", Sides::Bilateral},
                                                                {"midline", Sides::Midline}};

std::string sidedLabel(std::string_view side, const std::string& label) {
    std::string lowered = label;
    if (!lowered.empty() && lowered[0] >= 'A' && lowered[0] <= 'Z')
        lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    return std::string(side) + " " + lowered;
}

// A name (id, label or synonym) must point at one region only, or typing it would be ambiguous.
// Phrases may reuse a region's name on purpose; they are not checked here.
void checkTermsUnique(const std::string& id, const std::string& label,
                      const std::vector<std::string>& synonyms, const std::string& path, Checker& check,
                      std::map<std::string, std::string>& terms) {
    std::string spacedId = id;
    std::replace(spacedId.begin(), spacedId.end(), '_', ' ');
    std::vector<std::pair<std::string, std::string>> names{{normalizeWords(label), child(path, "label")},
                                                           {spacedId, child(path, "id")}};
    for (std::size_t i = 0; i < synonyms.size(); ++i)
        names.emplace_back(normalizeWords(synonyms[i]), child(child(path, "synonyms"), i));
    for (const auto& [name, where] : names) {
        auto [it, inserted] = terms.emplace(name, id);
        if (!inserted && it->second != id)
            check.problem(where, "\"" + name + "\" already names region \"" + it->second +
                                     "\" (expected each name to mean one region)");
    }
}

void readFigureView(const json& views, const std::string& path, std::string_view name, Checker& check,
                    FigureView& out) {
    const json* view = check.objectMember(views, path, name);
    if (!view)
        return;
    const std::string viewPath = child(path, name);
    check.knownFields(*view, viewPath, {"outline", "parts"});
    if (auto outline = check.polygon(*view, viewPath, "outline"))
        out.outline = *outline;
    const json* parts = check.arrayMember(*view, viewPath, "parts", false);
    if (!parts)
        return;
    const std::string partsPath = child(viewPath, "parts");
    for (std::size_t i = 0; i < parts->size(); ++i) {
        const std::string partPath = child(partsPath, i);
        if (!check.isObject((*parts)[i], partPath, "a figure part"))
            continue;
        check.knownFields((*parts)[i], partPath, {"id", "polygon"});
        FigurePart part;
        part.id = check.text((*parts)[i], partPath, "id").value_or("");
        if (auto polygon = check.polygon((*parts)[i], partPath, "polygon"))
            part.polygon = *polygon;
        out.parts.push_back(std::move(part));
    }
}

void readFigure(const json& root, Checker& check, Figure& figure) {
    const json* fig = check.objectMember(root, "", "figure");
    if (!fig)
        return;
    check.knownFields(*fig, "/figure", {"aspect", "views"});
    if (auto aspect = check.number(*fig, "/figure", "aspect")) {
        if (*aspect <= 0 || *aspect > 4)
            check.problem("/figure/aspect",
                          "aspect " + formatNumber(*aspect) + " out of range (expected 0 < aspect <= 4)");
        else
            figure.aspect = *aspect;
    }
    const json* views = check.objectMember(*fig, "/figure", "views");
    if (!views)
        return;
    check.knownFields(*views, "/figure/views", {"front", "back"});
    readFigureView(*views, "/figure/views", "front", check, figure.front);
    readFigureView(*views, "/figure/views", "back", check, figure.back);
}

// `ids` collects every well-formed region id, even of regions with other problems, so that a
// phrase naming such a region is not reported a second time.
void readRegions(const json& root, Checker& check, Database& db, std::set<std::string>& ids) {
    const json* regions = check.arrayMember(root, "", "regions");
    if (!regions)
        return;
    std::map<std::string, std::string> terms; // normalized name -> region id that owns it
    for (std::size_t i = 0; i < regions->size(); ++i) {
        const std::string path = child("/regions", i);
        const json& r = (*regions)[i];
        if (!check.isObject(r, path, "a region"))
            continue;
        check.knownFields(r, path, {"id", "label", "view", "sides", "group", "synonyms", "polygon"});
        auto id = check.identifier(r, path, "id");
        if (id && !ids.insert(*id).second)
            check.problem(child(path, "id"), "duplicate region id \"" + *id + "\"");
        auto label = check.text(r, path, "label");
        auto view = check.choice(r, path, "view", kViews);
        auto sides = check.choice(r, path, "sides", kSides);
        auto group = check.text(r, path, "group");
        auto synonyms = check.textList(r, path, "synonyms", true, 0);
        auto polygon = check.polygon(r, path, "polygon");
        if (id && label)
            checkTermsUnique(*id, *label, synonyms, path, check, terms);
        if (!id || !label || !view || !sides || !group || !polygon)
            continue;
        Region base{*id, *id, *label, *label, *view, Side::Midline, *group, synonyms, *polygon};
        if (*sides == Sides::Midline) {
            db.regions.push_back(std::move(base));
            continue;
        }
        Region left = base;
        left.id = *id + "-left";
        left.side = Side::Left;
        left.label = sidedLabel("Left", *label);
        Region right = base;
        right.id = *id + "-right";
        right.side = Side::Right;
        right.label = sidedLabel("Right", *label);
        right.polygon = mirrored(base.polygon);
        db.regions.push_back(std::move(left));
        db.regions.push_back(std::move(right));
    }
}

void readPhrases(const json& root, Checker& check, Database& db, const std::set<std::string>& regionIds) {
    const json* phrases = check.arrayMember(root, "", "phrases", false);
    if (!phrases)
        return;
    const std::vector<std::string> known(regionIds.begin(), regionIds.end());
    std::set<std::string> ids;
    for (std::size_t i = 0; i < phrases->size(); ++i) {
        const std::string path = child("/phrases", i);
        const json& p = (*phrases)[i];
        if (!check.isObject(p, path, "a phrase"))
            continue;
        check.knownFields(p, path, {"id", "label", "synonyms", "regions"});
        Phrase phrase;
        auto id = check.identifier(p, path, "id");
        if (id && !ids.insert(*id).second)
            check.problem(child(path, "id"), "duplicate phrase id \"" + *id + "\"");
        phrase.id = id.value_or("");
        phrase.label = check.text(p, path, "label").value_or("");
        phrase.synonyms = check.textList(p, path, "synonyms", true, 1);
        phrase.regions = check.textList(p, path, "regions", true, 1);
        for (std::size_t r = 0; r < phrase.regions.size(); ++r)
            if (!regionIds.count(phrase.regions[r]))
                check.problem(child(child(path, "regions"), r),
                              "unknown region id \"" + phrase.regions[r] + "\"" +
                                  didYouMean(closeMatches(phrase.regions[r], known)));
        db.phrases.push_back(std::move(phrase));
    }
}

} // namespace

void readBodyRegions(const json& root, Checker& check, Database& db) {
    if (!check.isObject(root, "", "the body regions document"))
        return;
    check.schemaVersion(root);
    check.knownFields(root, "", {"schema_version", "figure", "regions", "phrases"});
    readFigure(root, check, db.figure);
    std::set<std::string> baseIds;
    readRegions(root, check, db, baseIds);
    readPhrases(root, check, db, baseIds);
}

} // namespace tpf::detail
