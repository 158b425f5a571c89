#include "gui/safety/SafetyCards.h"

#include "settings/Theme.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace tpf::gui::safetyui {
namespace {

using safety::Level;
using safety::Urgency;

QString tr(const char* text) { return QCoreApplication::translate("tpf::gui::SafetyReviewDialog", text); }
QString q(const std::string& s) { return QString::fromStdString(s); }

QFrame* card(const QString& notice, const QString& objectName, const QString& accessibleName,
             QWidget* parent) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setAccessibleName(accessibleName);
    frame->setProperty("notice", notice);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    return frame;
}

// A card whose first row is an icon next to its title.
QVBoxLayout* titledCard(QFrame* frame, QStyle::StandardPixmap icon, const QString& title,
                        const QString& name) {
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    auto* iconLabel = new QLabel(frame);
    iconLabel->setObjectName(name + "_icon");
    iconLabel->setAccessibleName(title);
    iconLabel->setPixmap(frame->style()->standardIcon(icon).pixmap(22, 22));
    iconLabel->setAlignment(Qt::AlignTop);
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    row->addWidget(label(title, name + "_title", "noticeTitle", frame), 1);
    auto* layout = static_cast<QVBoxLayout*>(frame->layout());
    layout->addLayout(row);
    return layout;
}

QString urgencyBadge(Urgency u) {
    switch (u) {
    case Urgency::emergency: return tr("Emergency: act now");
    case Urgency::urgent: return tr("Urgent: get help today");
    case Urgency::see_doctor: return tr("See a doctor or physiotherapist first");
    case Urgency::none: break;
    }
    return tr("Not today");
}

QString noticeFor(const safety::Reason& r) {
    if (r.level == Level::caution)
        return "cleared";
    switch (r.urgency) {
    case Urgency::emergency: return "emergency";
    case Urgency::urgent: return "urgent";
    case Urgency::see_doctor: return "see_doctor";
    case Urgency::none: break;
    }
    return "clinician";
}

} // namespace

QString objectKey(const safety::PointRef& point) { return q(safety::toString(point)); }

QString styleSheet(const QPalette& pal) {
    // Every colour comes from the palette: cards are the Base colour tinted with the notice's
    // accent (pale in the light theme, deep in the dark one) and their text is the palette's text,
    // kept at 7:1 on the tint; hints are the palette's muted text. Only the emergency card keeps
    // fixed colours, white on deep red (7.9:1) in both themes.
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor muted = mutedText(pal);
    const QColor amber(0xc9, 0x8a, 0x00), orange(0xd9, 0x82, 0x2b), redOrange(0xd9, 0x62, 0x2b),
        red(0xc6, 0x28, 0x28), green(0x2e, 0x8b, 0x4a), grey(0x8a, 0x91, 0x99);
    const QColor noteText = accentText(pal, QColor(0x7a, 0x4a, 0x00));
    const auto tint = [&](const QColor& accent) { return tintedBackground(pal, accent); };
    const auto line = [&](const QColor& bg) { return mix(bg, text, 0.22).name(); };
    const QColor disclaimerBg = mix(base, pal.color(QPalette::Window), 0.6);
    const QColor questionDisabled = mix(base, pal.color(QPalette::Window), 0.7);
    const QColor cautionsBg = mix(base, amber, isDarkPalette(pal) ? 0.1 : 0.04);
    QHash<QString, QString> c{
        {QStringLiteral("text"), text.name()},
        {QStringLiteral("muted"), muted.name()},
        {QStringLiteral("noteText"), noteText.name()},
        {QStringLiteral("cardNote"), readableOn(QColor(0x7a, 0x4a, 0x00), base, 4.5).name()},
        {QStringLiteral("disabledText"), pal.color(QPalette::Disabled, QPalette::Text).name()},
        {QStringLiteral("base"), base.name()},
        {QStringLiteral("baseLine"), line(base)},
        {QStringLiteral("disclaimerBg"), disclaimerBg.name()},
        {QStringLiteral("disclaimerLine"), line(disclaimerBg)},
        {QStringLiteral("questionDisabled"), questionDisabled.name()},
        {QStringLiteral("amber"), amber.name()},
        {QStringLiteral("amberBg"), tint(amber).name()},
        {QStringLiteral("cautionsBg"), cautionsBg.name()},
        {QStringLiteral("cautionsLine"), mix(cautionsBg, amber, 0.4).name()},
        {QStringLiteral("orange"), orange.name()},
        {QStringLiteral("orangeBg"), tint(orange).name()},
        {QStringLiteral("redOrange"), redOrange.name()},
        {QStringLiteral("redOrangeBg"), tint(redOrange).name()},
        {QStringLiteral("red"), red.name()},
        {QStringLiteral("redBg"), tint(red).name()},
        {QStringLiteral("redText"), readableOn(QColor(0x8a, 0x10, 0x10), tint(red), 4.5).name()},
        {QStringLiteral("green"), green.name()},
        {QStringLiteral("greenBg"), tint(green).name()},
        {QStringLiteral("greenText"), readableOn(QColor(0x1d, 0x4d, 0x2b), tint(green), 7.0).name()},
        {QStringLiteral("amberText"), cardText(pal, tint(amber)).name()},
        {QStringLiteral("cardText"), cardText(pal, tint(red)).name()},
        {QStringLiteral("grey"), grey.name()},
    };
    QString sheet = QStringLiteral(R"(
QLabel[role="pageTitle"] { font-size: 15pt; font-weight: 600; }
QLabel[role="intro"] { font-size: 10.5pt; }
QLabel[role="hint"] { color: @muted; }
QLabel[role="section"] { font-size: 12pt; font-weight: 600; margin-top: 8px; }
QLabel[role="point"] { font-size: 11.5pt; font-weight: 600; margin-top: 10px; }
QLabel[role="pointNote"] { color: @noteText; font-weight: 600; }
QLabel[role="remaining"] { color: @muted; }
QLabel[role="disclaimer"] { color: @muted; font-size: 9pt; }
QFrame#disclaimerFrame { background: @disclaimerBg; border: 1px solid @disclaimerLine; border-radius: 6px; }
QFrame[card="question"] { background: @base; border: 1px solid @baseLine; border-radius: 8px; }
QFrame[card="question"]:disabled { background: @questionDisabled; }
QFrame[card="question"] QLabel { color: @text; background: transparent; border: none; }
QFrame[card="question"] QRadioButton { color: @text; spacing: 8px; }
QFrame[card="question"] QLabel:disabled, QFrame[card="question"] QRadioButton:disabled { color: @disabledText; }
QLabel[role="question"] { font-size: 11pt; font-weight: 600; }
QLabel[role="explanation"] { color: @muted; }
QFrame[card="question"] QLabel[role="explanation"] { color: @muted; }
QFrame[card="question"] QCheckBox { font-weight: 600; color: @cardNote; }
QFrame[notice] { border-radius: 8px; }
QFrame[notice] QLabel { background: transparent; border: none; color: @amberText; }
QLabel[role="noticeTitle"] { font-size: 11.5pt; font-weight: 600; }
QLabel[role="badge"] { font-weight: 700; }
QFrame[notice="danger_zone"] { background: @amberBg; border: 1px solid @amber; border-left: 6px solid @amber; }
QFrame[notice="cautions"] { background: @cautionsBg; border: 1px solid @cautionsLine; }
QFrame[notice="cleared"], QFrame[notice="excluded"] { background: @amberBg; border: 1px solid @amber; }
QFrame[notice="clinician"] { background: @orangeBg; border: 2px solid @orange; }
QFrame[notice="see_doctor"] { background: @redOrangeBg; border: 2px solid @redOrange; }
QFrame[notice="urgent"] { background: @redBg; border: 2px solid @red; }
QFrame[notice="emergency"] { background: #a31515; border: 3px solid #6d0c0c; }
QFrame[notice="emergency"] QLabel { color: #ffffff; }
QFrame[notice="emergency"] QLabel[role="noticeTitle"] { font-size: 13pt; }
QFrame[notice="ok"] { background: @greenBg; border: 1px solid @green; }
QFrame[notice="ok"] QLabel { color: @greenText; }
QFrame[notice="caution"] { background: @amberBg; border: 1px solid @amber; }
QFrame[notice="blocked"] { background: @redBg; border: 1px solid @red; }
QFrame[notice="blocked_emergency"] { background: @redBg; border: 2px solid #a31515; }
QFrame[notice="blocked_emergency"] QLabel[role="bannerTitle"], QFrame[notice="blocked"] QLabel[role="bannerTitle"] { color: @redText; }
QFrame[notice="reminder"] { background: @amberBg; border: 1px solid @amber; }
QFrame#acknowledgeFrame { background: @base; border: 2px solid @amber; border-radius: 8px; }
QCheckBox#acknowledgeCheck { font-weight: 600; font-size: 10.5pt; color: @text; spacing: 10px; }
QLabel[role="insteadTitle"] { font-weight: 700; }
QLabel[role="bannerTitle"] { font-size: 14pt; font-weight: 700; }
)");
    // Longest names first, so "@amberBg" is not read as "@amber" + "Bg".
    QStringList names = c.keys();
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& n : names)
        sheet.replace(QLatin1Char('@') + n, c.value(n));
    return sheet;
}

QLabel* label(const QString& text, const QString& objectName, const QString& role, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setObjectName(objectName);
    l->setAccessibleName(text);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // data text is never interpreted as markup
    l->setProperty("role", role);
    return l;
}

QLabel* heading(const QString& text, const QString& objectName, QWidget* parent) {
    return label(text, objectName, "pageTitle", parent);
}

QFrame* dangerZoneCard(const safety::DangerZoneNotice& notice, QWidget* parent) {
    const QString id = q(notice.zone.id.empty() ? notice.zone.label : notice.zone.id);
    const QString name = "dangerZone_" + id;
    QFrame* frame = card("danger_zone", name, tr("Danger zone: %1").arg(q(notice.zone.label)), parent);
    QVBoxLayout* layout = titledCard(frame, QStyle::SP_MessageBoxWarning, q(notice.zone.label), name);
    layout->addWidget(label(q(notice.zone.advice), name + "_advice", "body", frame));
    QStringList near;
    for (const auto& n : notice.point_names)
        near << q(n);
    if (!near.isEmpty())
        layout->addWidget(
            label(tr("Near: %1").arg(near.join(QStringLiteral("; "))), name + "_points", "hint", frame));
    return frame;
}

QFrame* pointCautionsCard(const safety::PointCautions& cautions, QWidget* parent) {
    const QString name = "cautions_" + objectKey(cautions.point);
    QFrame* frame = card("cautions", name, tr("Cautions for %1").arg(q(cautions.name)), parent);
    auto* layout = static_cast<QVBoxLayout*>(frame->layout());
    layout->addWidget(label(q(cautions.name), name + "_title", "noticeTitle", frame));
    int i = 0;
    for (const auto& c : cautions.cautions)
        layout->addWidget(
            label(QStringLiteral("•  ") + q(c), name + "_" + QString::number(i++), "body", frame));
    return frame;
}

QFrame* reasonCard(const safety::Reason& reason, QWidget* parent) {
    const QString name = "reason_" + q(reason.rule_id);
    const QString notice = noticeFor(reason);
    QFrame* frame = card(notice, name, q(reason.text), parent);
    const bool caution = reason.level == Level::caution;
    QVBoxLayout* layout =
        titledCard(frame, caution ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxCritical,
                   caution ? tr("Cleared by your clinician") : urgencyBadge(reason.urgency), name);
    layout->addWidget(label(q(reason.text), name + "_text", "body", frame));
    if (!reason.instead.empty()) {
        layout->addWidget(label(tr("What to do instead"), name + "_insteadTitle", "insteadTitle", frame));
        layout->addWidget(label(q(reason.instead), name + "_instead", "body", frame));
    }
    return frame;
}

QFrame* excludedPointCard(const safety::ExcludedPoint& excluded, const QString& ruleText, QWidget* parent) {
    const QString name = "excluded_" + objectKey(excluded.point);
    QFrame* frame = card("excluded", name, tr("Left out today: %1").arg(q(excluded.name)), parent);
    QVBoxLayout* layout = titledCard(frame, QStyle::SP_MessageBoxInformation,
                                     tr("Left out today: %1").arg(q(excluded.name)), name);
    if (!ruleText.isEmpty())
        layout->addWidget(label(ruleText, name + "_rule", "hint", frame));
    layout->addWidget(label(q(excluded.text), name + "_text", "body", frame));
    if (!excluded.instead.empty()) {
        layout->addWidget(label(tr("What to do instead"), name + "_insteadTitle", "insteadTitle", frame));
        layout->addWidget(label(q(excluded.instead), name + "_instead", "body", frame));
    }
    return frame;
}

QFrame* dangerZoneReminder(const safety::Outcome& outcome, QWidget* parent) {
    QStringList zones;
    for (const auto& z : outcome.danger_zones)
        zones << q(z.zone.label);
    const QString title = tr("Danger zones in this session");
    QFrame* frame = card("reminder", "dangerReminder", title, parent);
    QVBoxLayout* layout = titledCard(frame, QStyle::SP_MessageBoxWarning, title, "dangerReminder");
    layout->addWidget(label(zones.join(QStringLiteral(", ")), "dangerReminder_zones", "body", frame));
    layout->addWidget(label(tr("They are shown again at every hold."), "dangerReminder_hint", "body", frame));
    return frame;
}

QFrame* outcomeBanner(const safety::Outcome& outcome, QWidget* parent) {
    const bool emergency =
        std::any_of(outcome.reasons.begin(), outcome.reasons.end(), [](const safety::Reason& r) {
            return r.level == Level::blocked && r.urgency == Urgency::emergency;
        });
    QString notice, title, body;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (outcome.level) {
    case Level::ok:
        notice = "ok";
        title = tr("You can start your session");
        body =
            outcome.danger_zones.empty()
                ? tr("Nothing in your answers stands in the way. Go gently and stop if anything feels wrong.")
                : tr("Nothing in your answers stands in the way. Please keep the danger zones below in "
                     "mind.");
        break;
    case Level::caution:
        notice = "caution";
        icon = QStyle::SP_MessageBoxWarning;
        title = tr("You can start, with care");
        body = tr("Please read the points below before you begin.");
        break;
    case Level::blocked:
        notice = emergency ? "blocked_emergency" : "blocked";
        icon = QStyle::SP_MessageBoxCritical;
        title = emergency ? tr("This could be an emergency") : tr("Please do not self-treat today");
        body = emergency
                   ? tr("Do not start a session. Get help now, as described below.")
                   : tr("A session cannot start with these answers. Here is why, and what to do instead.");
        break;
    case Level::incomplete:
        notice = "caution";
        icon = QStyle::SP_MessageBoxWarning;
        title = tr("Some questions are still unanswered");
        body = tr("Go back and answer every question before you start.");
        break;
    }
    QFrame* frame = card(notice, "outcomeBanner", title, parent);
    frame->setProperty("level", QString::fromLatin1(safety::toString(outcome.level)));
    QVBoxLayout* layout = titledCard(frame, icon, title, "outcome");
    layout->itemAt(0)->layout()->itemAt(1)->widget()->setProperty("role", "bannerTitle");
    layout->addWidget(label(body, "outcomeSummary", "body", frame));
    return frame;
}

} // namespace tpf::gui::safetyui
