#pragma once
// Type where it hurts ("left temple", "tennis elbow", "sciatica") or a muscle name. Completion
// offers only names that resolve; Enter resolves the text with RegionQuery and asks for those
// regions to be selected. Unknown words produce a message with the close matches.

#include "core/model.h"
#include "core/region_query.h"

#include <QLineEdit>
#include <functional>
#include <vector>

class QCompleter;

namespace tpf::gui {

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    // The query is asked for at the first Enter, so that an app may build it only then
    // (AppContext::regionQuery()).
    using QueryProvider = std::function<const RegionQuery&()>;
    SearchBox(const Database& db, QueryProvider query, QWidget* parent = nullptr);
    SearchBox(const Database& db, const RegionQuery& query, QWidget* parent = nullptr);

    // The completion list and its QCompleter are made right after the first paint, or at the
    // first key press if that comes sooner; these make them at once when asked earlier.
    QStringList completions();
    QCompleter* regionCompleter();

public slots:
    void submit(); // what Enter does

signals:
    void regionsRequested(const std::vector<std::size_t>& regions);
    void muscleRequested(std::size_t muscle); // index into Database::muscles
    void message(const QString& text);        // for the status bar

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;

private:
    std::optional<std::size_t> muscleNamed(const QString& text) const;
    void ensureCompleter();

    const Database* db_;
    QueryProvider query_;
    QStringList completions_;
    QCompleter* completer_ = nullptr;
    bool afterFirstPaintQueued_ = false;
};

} // namespace tpf::gui
