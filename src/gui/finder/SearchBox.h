#pragma once
// Type where it hurts ("left temple", "tennis elbow", "sciatica") or a muscle name. Completion
// offers only names that resolve; Enter resolves the text with RegionQuery and asks for those
// regions to be selected. Unknown words produce a message with the close matches.

#include "core/model.h"
#include "core/region_query.h"

#include <QLineEdit>
#include <vector>

class QCompleter;

namespace tpf::gui {

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    SearchBox(const Database& db, const RegionQuery& query, QWidget* parent = nullptr);

    QStringList completions() const { return completions_; }
    QCompleter* regionCompleter() const { return completer_; }

public slots:
    void submit(); // what Enter does

signals:
    void regionsRequested(const std::vector<std::size_t>& regions);
    void muscleRequested(std::size_t muscle); // index into Database::muscles
    void message(const QString& text);        // for the status bar

protected:
    bool event(QEvent* event) override;

private:
    std::optional<std::size_t> muscleNamed(const QString& text) const;

    const Database* db_;
    const RegionQuery* query_;
    QStringList completions_;
    QCompleter* completer_;
    bool clearButtonQueued_ = false;
};

} // namespace tpf::gui
