// The box office: see Application for its start-up and shutdown.
#include "application.h"

#include <QtWidgets/QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    boxoffice::Application boxOffice(app);
    return boxOffice.run();
}
