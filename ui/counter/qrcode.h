#pragma once

#include <QtCore/QString>
#include <QtGui/QImage>

namespace boxoffice {

// A QR code made by libqrencode: black modules on white, each module
// `scale` pixels, with the standard quiet zone. Null image on failure.
QImage makeQrCode(const QString &text, int scale = 4);

} // namespace boxoffice
