#include "i18n.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QTranslator>

namespace boxoffice {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Dates, numbers and money follow the language too.
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    // Qt's own strings: Qt's translation if installed, else ours (Thai:
    // Debian has no qtbase_th).
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("boxoffice"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/boxoffice_en.qm"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace boxoffice
