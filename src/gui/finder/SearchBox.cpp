#include "finder/SearchBox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QSet>
#include <QStringListModel>
#include <QTimer>

namespace tpf::gui {

SearchBox::SearchBox(const Database& db, const RegionQuery& query, QWidget* parent)
    : SearchBox(
          db, [&query]() -> const RegionQuery& { return query; }, parent) {}

SearchBox::SearchBox(const Database& db, QueryProvider query, QWidget* parent)
    : QLineEdit(parent), db_(&db), query_(std::move(query)) {
    setObjectName(QStringLiteral("searchBox"));
    setAccessibleName(tr("Search where it hurts"));
    setPlaceholderText(tr("Where does it hurt? e.g. right temple, tennis elbow, or a muscle name"));
    // Two things wait until right after the first paint (event()): the clear button, because
    // creating it looks up the style's icon in the desktop's icon theme and loads an image plugin,
    // a large share of the window's start-up, and it only shows once there is text to clear; and
    // the completion list, which nobody needs before typing.
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::submit);
}

void SearchBox::ensureCompleter() {
    if (completer_ != nullptr)
        return;
    // Everything a person might type. Region labels, synonyms and phrase synonyms are the
    // RegionQuery vocabulary, so each resolves (a test checks it; resolving them all here would
    // cost start-up time).
    QSet<QString> seen;
    auto add = [&](const std::string& s) {
        const QString text = QString::fromStdString(s);
        const QString key = text.toLower();
        if (text.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        completions_ << text;
    };
    for (const auto& r : db_->regions) {
        add(r.label);
        for (const auto& syn : r.synonyms)
            add(syn);
    }
    for (const auto& ph : db_->phrases)
        for (const auto& syn : ph.synonyms)
            add(syn);
    for (const auto& m : db_->muscles)
        add(m.name);
    completions_.sort(Qt::CaseInsensitive);

    completer_ = new QCompleter(new QStringListModel(completions_, this), this);
    completer_->setObjectName(QStringLiteral("searchCompleter"));
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchContains);
    completer_->setMaxVisibleItems(12);
    setCompleter(completer_);
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        setText(text);
        submit();
    });
}

QStringList SearchBox::completions() {
    ensureCompleter();
    return completions_;
}

QCompleter* SearchBox::regionCompleter() {
    ensureCompleter();
    return completer_;
}

void SearchBox::keyPressEvent(QKeyEvent* event) {
    ensureCompleter();
    QLineEdit::keyPressEvent(event);
}

void SearchBox::inputMethodEvent(QInputMethodEvent* event) {
    ensureCompleter();
    QLineEdit::inputMethodEvent(event);
}

bool SearchBox::event(QEvent* event) {
    if (event->type() == QEvent::Paint && !afterFirstPaintQueued_) {
        afterFirstPaintQueued_ = true;
        QTimer::singleShot(0, this, [this] {
            setClearButtonEnabled(true);
            ensureCompleter();
        });
    }
    return QLineEdit::event(event);
}

std::optional<std::size_t> SearchBox::muscleNamed(const QString& text) const {
    const QString t = text.trimmed();
    for (std::size_t i = 0; i < db_->muscles.size(); ++i) {
        const auto& m = db_->muscles[i];
        if (t.compare(QString::fromStdString(m.name), Qt::CaseInsensitive) == 0)
            return i;
        for (const auto& other : m.otherNames)
            if (t.compare(QString::fromStdString(other), Qt::CaseInsensitive) == 0)
                return i;
    }
    return std::nullopt;
}

void SearchBox::submit() {
    const QString text = this->text().trimmed();
    if (text.isEmpty())
        return;
    if (completer_ != nullptr && completer_->popup() && completer_->popup()->isVisible())
        completer_->popup()->hide();
    if (auto m = muscleNamed(text)) {
        emit muscleRequested(*m);
        emit message(tr("Showing %1").arg(QString::fromStdString(db_->muscles[*m].name)));
        return;
    }
    const RegionQueryResult result = query_().resolve(text.toStdString());
    if (!result.regions.empty())
        emit regionsRequested(result.regions);
    if (!result.ok()) {
        QStringList errors;
        for (const auto& e : result.errors)
            errors << QString::fromStdString(e);
        emit message(errors.join(QStringLiteral("  ")));
        return;
    }
    QStringList names;
    for (std::size_t r : result.regions)
        names << QString::fromStdString(db_->regions[r].label);
    emit message(tr("Selected: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace tpf::gui
