#pragma once
// The body map's first frame, kept on disk between starts. The map's first paint is drawn ahead on
// a thread while the window is shown (BodyMapWidget); from the second start on that thread reads
// the picture the previous start drew instead of drawing it again, when everything it depends on
// is the same: the figure and region geometry, the size and device pixel ratio, the view mode, the
// colours and fonts, the captions' language and the program's and Qt's versions (key()). Only the
// untouched map is kept (no selection, hover, focus or overlay), as a start shows it.
//
// The file holds one frame: a header, the raw pixels and a checksum. A missing file, another key,
// a damaged or truncated file all read as "no frame", and the map is drawn as usual.

#include "bodymap/BodyMapRenderer.h"
#include "bodymap/BodyMapState.h"
#include "core/model.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

namespace tpf::gui::firstframe {

// Whether a frame in this state may be kept: the untouched map only.
bool cacheable(const BodyMapState& state);

// What the frame's text depends on: the application's font (the renderer's), the captions'
// translations and the platform. Reads the application, so it is called on the GUI thread.
QByteArray textInputs();

// The frame's identity (a 32-byte digest) from everything the picture depends on. Plain data only:
// any thread may call it.
QByteArray key(const Database& db, QSize size, double devicePixelRatio, const BodyMapState& state,
               const RenderOptions& options, const QColor& background, const QByteArray& textInputs);

// The frame saved in `file` for `key`, or a null image.
QImage load(const QString& file, const QByteArray& key);

// Writes `image` for `key` (through a temporary file and a rename); an error text, or empty.
QString save(const QString& file, const QByteArray& key, const QImage& image);

// The app's file: first-frame.bin in its cache directory; empty when TPF_FRAME_CACHE=0 is set
// in the environment or there is no cache directory.
QString defaultFile();

} // namespace tpf::gui::firstframe
