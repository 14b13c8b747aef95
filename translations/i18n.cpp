#include "i18n.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QTranslator>

namespace boxoffice {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Dates, numbers and money follow the language too.
    QLocale::setDefault(locale);
    // The language chosen before goes: a text the new one lacks must not
    // come out in the old (the supervisor tests switch to Thai and back,
    // and English kept Thai texts).
    for (QTranslator *before :
        app.findChildren<QTranslator *>(QStringLiteral("boxofficeTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(before);
        delete before;
    }
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("boxofficeTranslator"));
    // Qt's own strings: Qt's translation if installed, else ours (Thai:
    // Debian has no qtbase_th).
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(&app);
    ours->setObjectName(QStringLiteral("boxofficeTranslator"));
    if (ours->load(locale, QStringLiteral("boxoffice"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/boxoffice_en.qm"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace boxoffice
