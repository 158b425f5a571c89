#include "gui/safety/AnswersJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tpf::gui {
namespace {

using safety::Answer;
using safety::Category;

QJsonObject answerMap(const std::map<std::string, Answer>& answers) {
    QJsonObject out;
    for (const auto& [id, a] : answers)
        if (a != Answer::unanswered)
            out.insert(QString::fromStdString(id), a == Answer::yes);
    return out;
}

std::optional<Side> parseSide(const QString& s) {
    for (Side side : {Side::Left, Side::Right, Side::Midline})
        if (s == QString::fromUtf8(toString(side).data(), qsizetype(toString(side).size())))
            return side;
    return std::nullopt;
}

void readMap(const QJsonObject& in, const safety::Rules& rules, bool local,
             std::map<std::string, Answer>& out) {
    for (auto it = in.begin(); it != in.end(); ++it) {
        const safety::Question* q = rules.question(it.key().toStdString());
        if (!q || (q->category == Category::local) != local || !it.value().isBool())
            continue;
        out[q->id] = it.value().toBool() ? Answer::yes : Answer::no;
    }
}

} // namespace

QString answersToJson(const safety::Answers& answers) {
    QJsonObject root;
    root.insert("answers", answerMap(answers.general));
    QJsonArray cleared;
    for (const auto& id : answers.clinician_cleared)
        cleared.append(QString::fromStdString(id));
    root.insert("clinician_cleared", cleared);
    QJsonArray points;
    for (const auto& [ref, local] : answers.local) {
        const auto side = toString(ref.side);
        points.append(QJsonObject{
            {"trigger_point", QString::fromStdString(ref.trigger_point)},
            {"side", QString::fromUtf8(side.data(), qsizetype(side.size()))},
            {"local_exclusions", answerMap(local)},
        });
    }
    root.insert("points", points);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<safety::Answers> answersFromJson(const QString& json, const safety::Rules& rules) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    safety::Answers out;
    readMap(root.value("answers").toObject(), rules, false, out.general);
    for (const auto& v : root.value("clinician_cleared").toArray()) {
        const safety::Question* q = rules.question(v.toString().toStdString());
        if (q && q->category == Category::clinician_first)
            out.clinician_cleared.insert(q->id);
    }
    for (const auto& v : root.value("points").toArray()) {
        const QJsonObject p = v.toObject();
        const auto side = parseSide(p.value("side").toString());
        const QString tp = p.value("trigger_point").toString();
        if (!side || tp.isEmpty())
            continue;
        std::map<std::string, Answer> local;
        readMap(p.value("local_exclusions").toObject(), rules, true, local);
        if (!local.empty())
            out.local[{tp.toStdString(), *side}] = std::move(local);
    }
    return out;
}

} // namespace tpf::gui
