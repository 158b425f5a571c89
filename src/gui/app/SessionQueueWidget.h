#pragma once
// The session queue: the trigger points (with side) the user wants to treat, in order. The guided
// session (issue 5) starts from items(); its "Start session" action goes into MainWindow's
// Session menu and can also be added here with addAction-like buttons via buttonRow().

#include "core/model.h"
#include "finder/CandidateList.h"

#include <QWidget>
#include <vector>

class QHBoxLayout;
class QListWidget;
class QPushButton;

namespace tpf::gui {

class SessionQueueWidget : public QWidget {
    Q_OBJECT
public:
    explicit SessionQueueWidget(const Database& db, QWidget* parent = nullptr);

    const std::vector<ChosenPoint>& items() const { return items_; }
    bool contains(const ChosenPoint& point) const;
    bool add(const ChosenPoint& point); // false if already queued
    bool remove(const ChosenPoint& point);
    void removeCurrent(); // the row selected in the list
    void clear();

    QListWidget* list() const { return list_; }
    QHBoxLayout* buttonRow() const { return buttons_; } // for the session engineer's "Start" button
    QPushButton* removeButton() const { return removeButton_; }

signals:
    void changed();

private:
    void rebuild();

    const Database* db_;
    std::vector<ChosenPoint> items_;
    QListWidget* list_;
    QHBoxLayout* buttons_;
    QPushButton* removeButton_;
};

} // namespace tpf::gui
