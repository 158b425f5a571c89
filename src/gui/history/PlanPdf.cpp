#include "gui/history/PlanPdf.h"

#include "bodymap/BodyMapRenderer.h"
#include "core/referral.h"
#include "core/safety/rules.h"
#include "finder/DetailText.h"
#include "gui/history/HistoryExport.h"
#include "gui/history/ProgressView.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tpf::gui {
namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString section(const QString& title, const QString& body) {
    return body.isEmpty() ? QString()
                          : QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), body);
}

QString list(const QStringList& items) {
    if (items.isEmpty())
        return {};
    QString out = QStringLiteral("<ul>");
    for (const QString& i : items)
        out += QStringLiteral("<li>%1</li>").arg(i);
    return out + QStringLiteral("</ul>");
}

QString pointHtml(const Database& db, const TriggerPoint& tp, const safety::Rules& safety) {
    const Muscle& muscle = db.muscleOf(tp);
    QString html =
        QStringLiteral("<p><i>%1 muscle. %2</i></p>").arg(esc(muscle.name), esc(tp.location.description));
    html += section(QObject::tr("How to find it"), esc(tp.howToFind));
    html += section(
        QObject::tr("Technique"),
        QObject::tr(
            "<b>Tool:</b> %1<br><b>Position:</b> %2<br><b>Pressure:</b> %3<br><b>Hold:</b> about %4 seconds, "
            "breathing slowly.")
            .arg(toolName(tp.selfTreatment.tool).toHtmlEscaped(), esc(tp.selfTreatment.position),
                 esc(tp.selfTreatment.pressure))
            .arg(tp.holdSeconds));
    html += section(QObject::tr("Mobilization"), esc(tp.mobilization));
    html += section(QObject::tr("Stretch"), esc(tp.stretch));
    QStringList cautions;
    for (const std::string& c : tp.cautions)
        cautions << esc(c);
    for (const std::string& id : tp.dangerZones)
        if (const DangerZone* z = db.dangerZone(id))
            cautions << QStringLiteral("<b>%1:</b> %2").arg(esc(z->label), esc(z->advice));
    if (!cautions.isEmpty())
        html += QStringLiteral("<h3>%1</h3>%2").arg(QObject::tr("Cautions and danger zones"), list(cautions));
    QStringList rules;
    for (const safety::SessionRule& r : safety.session_rules)
        rules << esc(r.text);
    html += QStringLiteral("<h3>%1</h3>%2").arg(QObject::tr("Safety notes"), list(rules));
    return html;
}

void layOut(QTextDocument& doc, QPaintDevice& device, const QString& html, qreal width, qreal pointSize) {
    doc.documentLayout()->setPaintDevice(&device);
    QFont font = doc.defaultFont();
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(
        QStringLiteral("h3{margin-top:8px;margin-bottom:2px;color:#1a3d6d;} p{margin:0;} "
                       "ul{margin-top:0;margin-bottom:0;}"));
    doc.setHtml(html);
    doc.setTextWidth(width);
}

// Lays `html` out `width` device pixels wide and paints it at `topLeft`; returns the height used.
// Text that would not fit in `maxHeight` is set smaller, down to `minPointSize`, rather than cut
// off: a plan that silently loses its last safety note is worse than one in smaller print.
qreal drawHtml(QPainter& p, QPaintDevice& device, const QString& html, QPointF topLeft, qreal width,
               qreal maxHeight, qreal pointSize, qreal minPointSize = 0) {
    QTextDocument doc;
    layOut(doc, device, html, width, pointSize);
    for (qreal size = pointSize - 0.25; doc.size().height() > maxHeight && size >= minPointSize; size -= 0.25)
        layOut(doc, device, html, width, size);
    p.save();
    p.translate(topLeft);
    doc.drawContents(&p, QRectF(0, 0, width, maxHeight));
    p.restore();
    return doc.size().height();
}

} // namespace

QString paintSelfCarePlan(QPainter& painter, QPagedPaintDevice& device, const Database& db,
                          const ReferralEngine& referral, const safety::Rules& safety,
                          const std::vector<history::PointRef>& points, const PlanPdfOptions& options) {
    if (points.empty())
        return QObject::tr("Choose at least one trigger point for the plan.");
    std::vector<std::size_t> indices;
    for (const history::PointRef& p : points) {
        auto index = db.triggerPointIndex(p.trigger_point);
        if (!index)
            return QObject::tr("Could not make the plan: unknown trigger point \"%1\".")
                .arg(QString::fromStdString(p.trigger_point));
        indices.push_back(*index);
    }
    // The painter's device coordinates: the page's paint rectangle inside the margins.
    const QRectF page(0, 0, device.width(), device.height());
    const qreal mm = device.logicalDpiX() / 25.4;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            device.newPage();
        const TriggerPoint& tp = db.triggerPoints[indices[i]];
        const QString name = pointLabel(&db, points[i]);
        qreal y = drawHtml(painter, device,
                           QStringLiteral("<h2 style='margin:0'>%1</h2><p style='color:#555'>%2%3</p>")
                               .arg(name.toHtmlEscaped(), options.title.toHtmlEscaped(),
                                    options.dateText.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" · ") + options.dateText.toHtmlEscaped()),
                           page.topLeft(), page.width(), 30 * mm, 14);
        y += 3 * mm;

        // Body map on the left, text on the right.
        BodyMapState state;
        Overlay overlay;
        overlay.triggerPoint = indices[i];
        overlay.side = points[i].side;
        ReferralRegions zones = referral.referralOf(indices[i], points[i].side);
        overlay.primary = zones.primary;
        overlay.spillover = zones.spillover;
        state.overlay = overlay;
        // One view when the point and all its zones are on it; both when pain is referred round to
        // the other side of the body (the upper trapezius's temple), so no zone is left out.
        bool otherView = false;
        for (const auto* list : {&zones.primary, &zones.spillover})
            for (std::size_t r : *list)
                otherView = otherView || db.regions[r].view != tp.location.view;
        state.views = otherView                         ? ViewMode::Both
                      : tp.location.view == View::Front ? ViewMode::FrontOnly
                                                        : ViewMode::BackOnly;
        const QRectF mapRect(page.left(), y, page.width() * (otherView ? 0.42 : 0.36),
                             page.height() - y - 20 * mm);
        RenderOptions render;
        render.background = true;
        render.focusRing = false;
        paint(painter, mapRect, state, db, render);

        const qreal textLeft = mapRect.right() + 6 * mm;
        drawHtml(painter, device, pointHtml(db, tp, safety), QPointF(textLeft, y), page.right() - textLeft,
                 page.bottom() - y - 16 * mm, 9.5, 6.5);

        drawHtml(painter, device,
                 QStringLiteral("<p style='color:#555'>%1<br>%2</p>")
                     .arg(QString::fromStdString(safety.disclaimer).toHtmlEscaped(),
                          QObject::tr("Page %1 of %2").arg(i + 1).arg(points.size())),
                 QPointF(page.left(), page.bottom() - 14 * mm), page.width(), 14 * mm, 7.5);
    }
    return {};
}

QString writeSelfCarePlan(const QString& path, const Database& db, const ReferralEngine& referral,
                          const safety::Rules& safety, const std::vector<history::PointRef>& points,
                          const PlanPdfOptions& options) {
    QBuffer buffer; // the whole PDF is built in memory, then saved atomically
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(options.title);
        pdf.setCreator(QStringLiteral("Trigger Point Pain Finder"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return QObject::tr("Could not start the PDF for %1.").arg(path);
        QString error = paintSelfCarePlan(painter, pdf, db, referral, safety, points, options);
        painter.end();
        if (!error.isEmpty())
            return error;
    }
    buffer.close();
    return saveFileAtomically(path, buffer.data());
}

} // namespace tpf::gui
