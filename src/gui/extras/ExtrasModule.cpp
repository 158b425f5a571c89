// libtpfinder_extras.so: the entry point the app resolves (app/Extras.h) and the API behind it.
#include "app/Extras.h"
#include "extras/ExtrasParts.h"
#include "session/CuePlayer.h"

#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace tpf::gui::ext {
namespace {

QChartView* asChartView(QWidget* view) {
    auto* chartView = qobject_cast<QChartView*>(view);
    Q_ASSERT(chartView != nullptr);
    return chartView;
}

// Sets `chart` on the view and deletes the one it replaces (QChartView::setChart does not).
void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

class Api final : public ExtrasApi {
public:
    std::unique_ptr<CueOutput> createCueOutput() override { return makeQtCueOutput(); }

    QWidget* createChartView(QWidget* parent) override {
        auto* view = new QChartView(parent);
        view->setRenderHint(QPainter::Antialiasing);
        return view;
    }

    void showTenderness(QWidget* chartView, const history::PointTrend* trend, const QString& pointLabel,
                        int releasedLow, int releasedHigh, int utcOffsetMinutes, const QString& emptyTitle,
                        const QPalette& palette) override {
        QChart* chart = nullptr;
        if (trend != nullptr) {
            chart =
                makeTendernessChart(*trend, pointLabel, releasedLow, releasedHigh, utcOffsetMinutes, palette);
        } else {
            chart = new QChart;
            chart->setTitle(emptyTitle);
            ext::applyChartColours(chart, palette);
        }
        replaceChart(asChartView(chartView), chart);
    }

    void showSessionsPerDay(QWidget* chartView, const std::vector<history::DayCount>& days,
                            const QPalette& palette) override {
        replaceChart(asChartView(chartView), makeSessionsPerDayChart(days, palette));
    }

    void applyChartColours(QWidget* chartView, const QPalette& palette) override {
        if (QChart* chart = asChartView(chartView)->chart())
            ext::applyChartColours(chart, palette);
    }

    std::unique_ptr<QPagedPaintDevice> createPrinter(const QString& docName,
                                                     const QString& pdfFile) override {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setPageSize(QPageSize(QPageSize::A4));
        printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        printer->setDocName(docName);
        if (!pdfFile.isEmpty())
            printer->setOutputFileName(pdfFile); // also selects the PDF format
        return printer;
    }

    bool execPrintDialog(QPagedPaintDevice& printer, QWidget* parent) override {
        // Only createPrinter() makes the printers this is given.
        QPrintDialog dialog(&static_cast<QPrinter&>(printer), parent);
        return dialog.exec() == QDialog::Accepted;
    }
};

} // namespace
} // namespace tpf::gui::ext

extern "C" Q_DECL_EXPORT tpf::gui::ExtrasApi* tpfinder_extras_api(int version) {
    static tpf::gui::ext::Api api;
    return version == tpf::gui::kExtrasApiVersion ? &api : nullptr;
}
