#include "finder/DetailText.h"

#include "finder/CandidateModel.h"

#include <QCoreApplication>
#include <QStringList>

namespace tpf::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tpf::gui::DetailPane", text); }
QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString sectionHtml(const QString& title, const QString& body, const QColor& colour) {
    return QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px; color:%1'>%2</h3>%3")
        .arg(colour.name(), title, body);
}

QString paragraph(const std::string& text) {
    return QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(text));
}

QString bullets(const std::vector<std::string>& items) {
    QString out = QStringLiteral("<ul style='margin-top:0; margin-bottom:0; margin-left:-20px'>");
    for (const auto& i : items)
        out += QStringLiteral("<li>%1</li>").arg(esc(i));
    return out + QStringLiteral("</ul>");
}

QString pointLink(const Database& db, const std::string& id) {
    const TriggerPoint* tp = db.triggerPoint(id);
    if (!tp)
        return esc(id);
    return QStringLiteral("<a href='tp:%1'>%2</a>").arg(esc(id), esc(tp->name));
}

} // namespace

QString toolName(const std::string& tool) {
    if (tool == "thumb")
        return tr("Thumb");
    if (tool == "fingers")
        return tr("Fingertips");
    if (tool == "knuckle")
        return tr("Knuckle");
    if (tool == "pinch")
        return tr("Pinch grip between thumb and fingers");
    if (tool == "ball_wall")
        return tr("Massage ball against a wall");
    if (tool == "ball_floor")
        return tr("Massage ball on the floor");
    if (tool == "ball_chair")
        return tr("Massage ball against a chair back");
    if (tool == "hook_cane")
        return tr("Hook-shaped massage cane");
    if (tool == "foam_roller")
        return tr("Foam roller");
    return QString::fromStdString(tool);
}

QString prevalenceName(Prevalence prevalence) {
    switch (prevalence) {
    case Prevalence::VeryCommon: return tr("Very common");
    case Prevalence::Common: return tr("Common");
    case Prevalence::Occasional: return tr("Occasional");
    case Prevalence::Rare: return tr("Rare");
    }
    return {};
}

QString detailSubtitle(const Database& db, const TriggerPoint& tp, Side side) {
    return tr("%1 \u00b7 %2 \u00b7 %3 \u00b7 hold about %4 s")
        .arg(QString::fromStdString(db.muscleOf(tp).name), sideText(side), prevalenceName(tp.prevalence))
        .arg(tp.holdSeconds);
}

QString cautionHtml(const Database& db, const TriggerPoint& tp) {
    QString html = QStringLiteral("<b>%1</b>").arg(tr("\u26a0 Cautions"));
    html += bullets(tp.cautions);
    if (!tp.dangerZones.empty()) {
        html += QStringLiteral("<b>%1</b><ul style='margin-top:0; margin-bottom:0; margin-left:-20px'>")
                    .arg(tr("Danger zones nearby"));
        for (const auto& id : tp.dangerZones) {
            const DangerZone* dz = db.dangerZone(id);
            if (dz)
                html += QStringLiteral("<li><b>%1:</b> %2</li>").arg(esc(dz->label), esc(dz->advice));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString detailBodyHtml(const Database& db, const TriggerPoint& tp, Side side, const DetailColours& colours) {
    const auto section = [&colours](const QString& title, const QString& body) {
        return sectionHtml(title, body, colours.heading);
    };
    const Muscle& muscle = db.muscleOf(tp);
    QString html;
    html += section(tr("Where it lies"), paragraph(tp.location.description));
    html += section(tr("How to find it"), paragraph(tp.howToFind));
    html += section(tr("Self-treatment"),
                    QStringLiteral("<table cellspacing='0' cellpadding='2'>"
                                   "<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>"
                                   "<tr><td><b>%3</b>&nbsp;</td><td>%4</td></tr>"
                                   "<tr><td><b>%5</b>&nbsp;</td><td>%6</td></tr>"
                                   "<tr><td><b>%7</b>&nbsp;</td><td>%8</td></tr></table>")
                        .arg(tr("Tool"), toolName(tp.selfTreatment.tool).toHtmlEscaped(), tr("Position"),
                             esc(tp.selfTreatment.position), tr("Pressure"), esc(tp.selfTreatment.pressure),
                             tr("Hold"), tr("about %1 seconds, then release").arg(tp.holdSeconds)));
    html += section(tr("Mobilization"), paragraph(tp.mobilization));
    html += section(tr("Stretch"), paragraph(tp.stretch));
    html += section(tr("Typical symptoms"), bullets(tp.symptoms));
    html += section(tr("Often mistaken for"), bullets(tp.mistakenFor));

    // Key relations both ways: the satellites this point keeps alive, and the key points that
    // keep this one alive (a point whose own list names this one).
    QStringList satellites, keys;
    for (const auto& id : tp.satellites)
        satellites << pointLink(db, id);
    for (const auto& other : db.triggerPoints)
        for (const auto& id : other.satellites)
            if (id == tp.id)
                keys << pointLink(db, other.id);
    if (!satellites.isEmpty() || !keys.isEmpty()) {
        QString rel;
        if (!keys.isEmpty())
            rel += QStringLiteral("<p style='margin:0'>%1 %2</p>")
                       .arg(tr("Often kept active by:"), keys.join(", "));
        if (!satellites.isEmpty())
            rel += QStringLiteral("<p style='margin:0'>%1 %2</p>")
                       .arg(tr("Can keep these points active (satellites):"), satellites.join(", "));
        html += section(tr("Related points"), rel);
    }

    QString cite;
    if (const Source* src = db.source(muscle.source.ref))
        cite = esc(src->citation);
    if (!muscle.source.detail.empty())
        cite += QStringLiteral(", ") + esc(muscle.source.detail);
    html += section(tr("Source"),
                    QStringLiteral("<p style='margin:0; color:%1'>%2</p>").arg(colours.muted.name(), cite));
    (void)side;
    return html;
}

} // namespace tpf::gui
