#include "app/MapExport.h"

#include "bodymap/BodyMapRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace tpf::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tpf::gui::MapExport", text); }

BodyMapState exportState(BodyMapState state) {
    state.hovered.reset(); // transient interaction, not part of the picture
    state.focused.reset();
    return state;
}

} // namespace

QString exportMap(const QString& fileName, const BodyMapState& liveState, const Database& db,
                  const QString& caption) {
    const BodyMapState state = exportState(liveState);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    RenderOptions options;
    options.focusRing = false;
    if (suffix == QLatin1String("png")) {
        const QSize size = state.views == ViewMode::Both ? QSize(1400, 1100) : QSize(800, 1100);
        const QImage image = renderImage(size, state, db, options, 2.0);
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return tr("Could not write %1: %2").arg(fileName, file.errorString());
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(fileName);
        pdf.setTitle(tr("Trigger Point Pain Finder: body map"));
        pdf.setCreator(QCoreApplication::applicationName());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(state.views == ViewMode::Both ? QPageLayout::Landscape
                                                             : QPageLayout::Portrait);
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return tr("Could not write %1").arg(fileName);
        QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        if (!caption.isEmpty()) {
            QFont f = painter.font();
            f.setPixelSize(int(page.height() * 0.022));
            painter.setFont(f);
            const QRectF captionBox(page.left(), page.top(), page.width(), page.height() * 0.08);
            painter.drawText(captionBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption);
            page.setTop(captionBox.bottom());
        }
        paint(painter, page, state, db, options);
        if (!painter.end())
            return tr("Could not finish %1").arg(fileName);
        return {};
    }
    return tr("Unknown file type \u201c%1\u201d: use .png or .pdf").arg(suffix);
}

} // namespace tpf::gui
