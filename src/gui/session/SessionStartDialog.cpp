#include "session/SessionStartDialog.h"

#include "session/SessionText.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace tpf::gui {

using namespace tpf::session;

namespace {
const char* kUntilRelease = "session/holdUntilRelease";
const char* kBothSides = "session/bothSides";
const char* kWarmup = "session/warmup";
} // namespace

SessionStartDialog::SessionStartDialog(const ProtocolSet& protocols, std::vector<PointSpec> points,
                                       QWidget* parent)
    : QDialog(parent), protocols_(&protocols), points_(std::move(points)) {
    setObjectName(QStringLiteral("sessionStartDialog"));
    setWindowTitle(tr("Start a guided session"));
    auto* layout = new QVBoxLayout(this);

    QStringList names;
    for (const PointSpec& p : points_) {
        QString name = QString::fromStdString(p.name);
        if (p.side != Side::Midline)
            name += p.side == Side::Left ? tr(" (left)") : tr(" (right)");
        names << name.toHtmlEscaped();
    }
    auto* pointsLabel =
        new QLabel(tr("<b>Points, in this order:</b><br>%1").arg(names.join(QStringLiteral("<br>"))), this);
    pointsLabel->setObjectName(QStringLiteral("startPointsLabel"));
    pointsLabel->setWordWrap(true);
    layout->addWidget(pointsLabel);

    auto* form = new QFormLayout;
    preset_ = new QComboBox(this);
    preset_->setObjectName(QStringLiteral("presetCombo"));
    preset_->setAccessibleName(tr("Preset"));
    for (const Protocol& p : protocols.presets)
        preset_->addItem(QString::fromStdString(p.name), QString::fromStdString(p.id));
    form->addRow(tr("&Preset:"), preset_);
    description_ = new QLabel(this);
    description_->setObjectName(QStringLiteral("presetDescription"));
    description_->setWordWrap(true);
    form->addRow(QString(), description_);
    hold_ = new QComboBox(this);
    hold_->setObjectName(QStringLiteral("holdCombo"));
    hold_->setAccessibleName(tr("Hold time"));
    hold_->setToolTip(tr("How long to hold the pressure on each point in this session"));
    form->addRow(tr("&Hold time:"), hold_);
    untilRelease_ = new QCheckBox(tr("Hold each point &until it releases (the clock counts up)"), this);
    untilRelease_->setObjectName(QStringLiteral("holdUntilReleaseCheck"));
    bothSides_ = new QCheckBox(tr("Treat &both sides (left, then right)"), this);
    bothSides_->setObjectName(QStringLiteral("bothSidesCheck"));
    warmup_ = new QCheckBox(tr("Start with a &warm-up (heat)"), this);
    warmup_->setObjectName(QStringLiteral("warmupCheck"));
    form->addRow(QString(), untilRelease_);
    form->addRow(QString(), bothSides_);
    form->addRow(QString(), warmup_);
    layout->addLayout(form);

    estimate_ = new QLabel(this);
    estimate_->setObjectName(QStringLiteral("startEstimate"));
    estimate_->setWordWrap(true);
    layout->addWidget(estimate_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("startButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startContinueButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const SessionChoice r = remembered(protocols);
    preset_->setCurrentIndex(std::max(0, preset_->findData(QString::fromStdString(r.preset))));
    fillHoldTimes(r.holdSeconds);
    untilRelease_->setChecked(r.options.hold_until_release);
    bothSides_->setChecked(r.options.both_sides);
    warmup_->setChecked(r.options.warmup.value_or(false));
    connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
        fillHoldTimes(hold_->currentData().toInt());
        updateEstimate();
    });
    connect(hold_, &QComboBox::currentIndexChanged, this, &SessionStartDialog::updateEstimate);
    for (QCheckBox* c : {untilRelease_, bothSides_, warmup_})
        connect(c, &QCheckBox::toggled, this, &SessionStartDialog::updateEstimate);
    updateEstimate();
}

SessionChoice SessionStartDialog::choice() const {
    SessionChoice c;
    c.preset = preset_->currentData().toString().toStdString();
    c.holdSeconds = hold_->currentData().toInt();
    c.options.hold_until_release = untilRelease_->isChecked();
    c.options.both_sides = bothSides_->isChecked();
    c.options.warmup = warmup_->isChecked();
    return c;
}

SessionChoice SessionStartDialog::remembered(const ProtocolSet& protocols) {
    QSettings s;
    SessionChoice c;
    const settings::Preferences prefs = settings::Preferences::load();
    c.preset = prefs.preset.toStdString();
    if (!protocols.find(c.preset) && !protocols.presets.empty())
        c.preset = protocols.presets.front().id;
    if (const Protocol* p = protocols.find(c.preset))
        c.holdSeconds = clampedHoldSeconds(*p, prefs.holdSeconds);
    c.options.hold_until_release = s.value(kUntilRelease, false).toBool();
    c.options.both_sides = s.value(kBothSides, false).toBool();
    if (s.contains(kWarmup))
        c.options.warmup = s.value(kWarmup).toBool();
    else if (const Protocol* p = protocols.find(c.preset))
        c.options.warmup = p->warmup_default_on;
    return c;
}

void SessionStartDialog::remember(const SessionChoice& c) {
    QSettings s;
    s.setValue(kUntilRelease, c.options.hold_until_release);
    s.setValue(kBothSides, c.options.both_sides);
    if (c.options.warmup)
        s.setValue(kWarmup, *c.options.warmup);
}

void SessionStartDialog::accept() {
    remember(choice());
    QDialog::accept();
}

void SessionStartDialog::updateEstimate() {
    const SessionChoice c = choice();
    const Protocol* p = protocols_->find(c.preset);
    if (!p)
        return;
    description_->setText(QString::fromStdString(p->description));
    const Plan plan = buildPlanFor(*p, points_, c);
    const int minutes = int((plan.estimated_total_ms + 59999) / 60000);
    QString text = tr("About %n minute(s) in all.", nullptr, minutes);
    for (const std::string& note : plan.notes)
        text += QLatin1Char(' ') + QString::fromStdString(note);
    estimate_->setText(text);
}

void SessionStartDialog::fillHoldTimes(int selectSeconds) {
    const Protocol* p = protocols_->find(preset_->currentData().toString().toStdString());
    const QSignalBlocker block(hold_);
    hold_->clear();
    hold_->addItem(tr("Each point's own time"), 0);
    if (!p)
        return;
    const int select = clampedHoldSeconds(*p, selectSeconds);
    for (int s = p->hold_min_seconds; s <= p->hold_max_seconds; s += 5)
        hold_->addItem(tr("%n second(s)", nullptr, s), s);
    if (hold_->findData(select) < 0) { // a preferred time between the steps keeps its place
        int at = 1;
        while (at < hold_->count() && hold_->itemData(at).toInt() < select)
            ++at;
        hold_->insertItem(at, tr("%n second(s)", nullptr, select), select);
    }
    hold_->setCurrentIndex(std::max(0, hold_->findData(select)));
}

int clampedHoldSeconds(const Protocol& protocol, int seconds) {
    if (seconds <= 0)
        return 0;
    return std::clamp(seconds, protocol.hold_min_seconds,
                      std::max(protocol.hold_min_seconds, protocol.hold_max_seconds));
}

Plan buildPlanFor(const Protocol& protocol, const std::vector<PointSpec>& points,
                  const SessionChoice& choice) {
    const int hold = clampedHoldSeconds(protocol, choice.holdSeconds);
    if (hold == 0)
        return buildPlan(protocol, points, choice.options);
    // The core plan takes the hold time from the preset: a copy whose default is the chosen time.
    Protocol fixed = protocol;
    fixed.hold_from_point = false;
    fixed.hold_default_seconds = hold;
    return buildPlan(fixed, points, choice.options);
}

} // namespace tpf::gui
