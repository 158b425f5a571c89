#include "bodymap/BodyMapAccessible.h"

#include "bodymap/BodyMapWidget.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>
#include <algorithm>
#include <map>

namespace tpf::gui {
namespace {

class MapInterface;

class RegionInterface : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    RegionInterface(MapInterface* parent, BodyMapWidget* map, std::size_t region)
        : parent_(parent), map_(map), region_(region) {}

    bool isValid() const override { return map_ && region_ < map_->database().regions.size(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return map_ ? map_->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* focusChild() const override { return nullptr; }

    QString text(QAccessible::Text t) const override {
        if (!map_)
            return {};
        if (t == QAccessible::Name)
            return map_->regionName(region_);
        if (t == QAccessible::Description)
            return selected() ? QObject::tr("selected") : QObject::tr("not selected");
        return {};
    }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override {
        if (!map_)
            return {};
        const QRect r = map_->regionRect(region_);
        return {map_->mapToGlobal(r.topLeft()), r.size()};
    }
    QAccessible::Role role() const override { return QAccessible::CheckBox; }
    QAccessible::State state() const override {
        QAccessible::State s;
        s.checkable = true;
        s.checked = selected();
        s.focusable = true;
        s.focused = map_ && map_->hasFocus() && map_->focusedRegion() == region_;
        s.invisible = !map_ || !map_->regionCentre(region_);
        return s;
    }
    void* interface_cast(QAccessible::InterfaceType type) override {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this)
                                                    : nullptr;
    }

    QStringList actionNames() const override { return {toggleAction()}; }
    void doAction(const QString& name) override {
        if (map_ && (name == toggleAction() || name == pressAction()))
            map_->toggleRegion(region_);
    }
    QStringList keyBindingsForAction(const QString&) const override { return {QStringLiteral("Space")}; }

    std::size_t region() const { return region_; }

private:
    bool selected() const { return map_ && map_->state().isSelected(region_); }

    MapInterface* parent_;
    QPointer<BodyMapWidget> map_;
    std::size_t region_;
};

class MapInterface : public QAccessibleWidget {
public:
    explicit MapInterface(BodyMapWidget* map) : QAccessibleWidget(map, QAccessible::List), map_(map) {}
    ~MapInterface() override {
        for (const auto& [region, id] : children_)
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return int(visible().size()); }
    QAccessibleInterface* child(int index) const override {
        const auto regions = visible();
        if (index < 0 || index >= int(regions.size()))
            return nullptr;
        return forRegion(regions[std::size_t(index)]);
    }
    int indexOfChild(const QAccessibleInterface* child) const override {
        const auto* r = dynamic_cast<const RegionInterface*>(child);
        if (!r)
            return -1;
        const auto regions = visible();
        const auto it = std::find(regions.begin(), regions.end(), r->region());
        return it == regions.end() ? -1 : int(it - regions.begin());
    }
    QAccessibleInterface* childAt(int x, int y) const override {
        for (std::size_t r : visible())
            if (forRegion(r)->rect().contains(x, y) && map_->regionCentre(r))
                return forRegion(r);
        return nullptr;
    }
    QAccessibleInterface* focusChild() const override {
        if (map_->hasFocus() && map_->focusedRegion())
            return forRegion(*map_->focusedRegion());
        return nullptr;
    }

    // One interface per region for the lifetime of the map: screen readers hold on to them.
    QAccessibleInterface* forRegion(std::size_t region) const {
        auto it = children_.find(region);
        if (it != children_.end())
            return QAccessible::accessibleInterface(it->second);
        auto* iface = new RegionInterface(const_cast<MapInterface*>(this), map_, region);
        children_[region] = QAccessible::registerAccessibleInterface(iface);
        return iface;
    }

private:
    std::vector<std::size_t> visible() const {
        return map_ ? map_->visibleRegions() : std::vector<std::size_t>{};
    }

    QPointer<BodyMapWidget> map_;
    mutable std::map<std::size_t, QAccessible::Id> children_;
};

QAccessibleInterface* RegionInterface::parent() const { return parent_; }

QAccessibleInterface* factory(const QString& className, QObject* object) {
    if (className == QLatin1String("tpf::gui::BodyMapWidget") && object && object->isWidgetType())
        return new MapInterface(static_cast<BodyMapWidget*>(object));
    return nullptr;
}

MapInterface* mapInterface(BodyMapWidget* map) {
    return dynamic_cast<MapInterface*>(QAccessible::queryAccessibleInterface(map));
}

} // namespace

void installBodyMapAccessibility() {
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(factory);
        installed = true;
    }
}

void notifyBodyMapSelection(BodyMapWidget* map, std::size_t region) {
    if (!QAccessible::isActive())
        return;
    if (MapInterface* iface = mapInterface(map)) {
        QAccessible::State changed;
        changed.checked = true;
        QAccessibleStateChangeEvent ev(iface->forRegion(region), changed);
        QAccessible::updateAccessibility(&ev);
    }
}

void notifyBodyMapFocus(BodyMapWidget* map, std::size_t region) {
    if (!QAccessible::isActive() || !map->hasFocus())
        return;
    if (MapInterface* iface = mapInterface(map)) {
        QAccessibleEvent ev(iface->forRegion(region), QAccessible::Focus);
        QAccessible::updateAccessibility(&ev);
    }
}

} // namespace tpf::gui
