#pragma once
// The optional extras module, libtpfinder_extras.so: session sound and speech (Qt Multimedia, Qt
// TextToSpeech), the progress charts (Qt Charts) and printing (Qt PrintSupport). Those Qt modules
// bring about 28 more shared libraries with them (PulseAudio, audio codecs, Kerberos and network for
// Multimedia; OpenGL for Charts); loading and relocating them took about 9 ms of every launch, and
// PrintSupport alone about 1.5 million instructions of relocation. So the app does not link them:
// the module is loaded the first time a session plays a cue, the Progress view draws a chart or a
// plan is printed (issue #4, start-up time).
//
// Without the module (not installed, or broken) the app still works: cues are silent, as on a
// machine without audio, the Progress view says why it shows no charts, and File > Print says why
// it cannot print (saving the plan as a PDF still works).
//
// The module lives beside the executable (build tree), in <prefix>/lib/tpfinder (installed) or
// where TPF_EXTRAS_MODULE points; extrasProblem() says where it was looked for.

#include "core/history/trends.h"

#include <QString>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPalette;
class QWidget;

namespace tpf::gui {

class CueOutput;

// Bumped whenever this interface changes, so a module from another build is refused cleanly.
inline constexpr int kExtrasApiVersion = 2;

class ExtrasApi {
public:
    virtual ~ExtrasApi() = default;

    // Sound effects and speech for the session cues (see CueOutput).
    virtual std::unique_ptr<CueOutput> createCueOutput() = 0;

    // A chart view (a QChartView) for the Progress view, and its contents. Each show* replaces the
    // view's chart; colours come from `palette`.
    virtual QWidget* createChartView(QWidget* parent) = 0;
    // Tenderness per day for one point, with the released band; `trend` null: an empty chart
    // titled `emptyTitle`.
    virtual void showTenderness(QWidget* chartView, const history::PointTrend* trend,
                                const QString& pointLabel, int releasedLow, int releasedHigh,
                                int utcOffsetMinutes, const QString& emptyTitle, const QPalette& palette) = 0;
    virtual void showSessionsPerDay(QWidget* chartView, const std::vector<history::DayCount>& days,
                                    const QPalette& palette) = 0;
    // Colours again after a theme change.
    virtual void applyChartColours(QWidget* chartView, const QPalette& palette) = 0;

    // A printer (a QPrinter) for A4 pages with 15 mm margins at high resolution, its job named
    // `docName`: the system's default printer, or the PDF file `pdfFile` when one is given (Qt's
    // "print to file").
    virtual std::unique_ptr<QPagedPaintDevice> createPrinter(const QString& docName,
                                                             const QString& pdfFile = {}) = 0;
    // The print dialog for a printer from createPrinter(); true when the user confirmed it.
    virtual bool execPrintDialog(QPagedPaintDevice& printer, QWidget* parent) = 0;
};

// The module's API, loading it on the first call (GUI thread); null when it is unavailable.
ExtrasApi* extras();
// Why extras() is null ("" while it is not, or before the first call).
QString extrasProblem();
// Tests: forget the outcome, so the next extras() looks again (TPF_EXTRAS_MODULE may have changed).
// A module already loaded stays loaded.
void resetExtrasForTesting();

// A CueOutput that loads the module only when a cue is first played or probed, and is silent when
// the module is unavailable. CuePlayer's default output.
std::unique_ptr<CueOutput> makeLazyCueOutput();

} // namespace tpf::gui

// The one symbol the module exports: its API for `version`, or null when it was built for another.
extern "C" {
using TpfExtrasEntry = tpf::gui::ExtrasApi* (*)(int version);
}
