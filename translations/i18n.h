#pragma once

#include <QtCore/QLocale>

class QCoreApplication;

namespace boxoffice {

// Installs the box office's translations (compiled into the binary) and Qt's
// own for the locale; answers whether ours were found. English ships too,
// for its plural forms.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace boxoffice
