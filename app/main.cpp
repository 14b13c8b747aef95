// The box office: see Application for its start-up and shutdown, and
// app/admin/admincli.h for `boxoffice admin …` (the back office without a
// window).
#include "admin/admincli.h"
#include "application.h"

#include <QtCore/QCoreApplication>
#include <QtWidgets/QApplication>

int main(int argc, char *argv[])
{
    if (boxoffice::admin::isAdminCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return boxoffice::admin::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    boxoffice::Application boxOffice(app);
    return boxOffice.run();
}
