#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>

class QTextStream;

namespace boxoffice {

class Database;

// `boxoffice admin COMMAND [ARGUMENTS]`: the back office (issue 11) for
// operations staff, without a window. It connects like the app: to
// BOXOFFICE_DB (a shared server, as the login named there: the manager's
// own, so the database checks the role and the audit log names who did it),
// else to the private cluster in --data-dir (default: the app's), started if
// it is not running and stopped again afterwards, as its owner.
//
// Exit status: 0 done; 1 refused or failed (the reason, translated, on
// stderr; nothing changed); 2 a usage error (unknown command, missing or
// malformed argument); 3 no database to work on.
namespace admin {

enum ExitStatus : int {
    ExitDone = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitNoDatabase = 3,
};

// What a command works with. Commands run on the main thread (there is no
// GUI to keep alive) and call the services with `db` directly.
struct Context
{
    Database &db;
    QTextStream &out; // results, one per line, for people and scripts
    QTextStream &err; // errors and progress
};

// One command. `run` gets the arguments after the command's name and
// answers an ExitStatus.
struct Command
{
    QString name;     // e.g. "import-venue"
    QString synopsis; // e.g. "FILE [--name NAME]" (not translated)
    QString summary;  // one line, translated
    std::function<int(Context &, const QStringList &)> run;
};

// The commands of each part of the back office (app/admin/*commands.cpp).
QList<Command> venueCommands();
QList<Command> showCommands();
QList<Command> blockCommands();
QList<Command> staffCommands();

// True if the command line asks for `admin` (argv[1] == "admin").
bool isAdminCommandLine(int argc, char **argv);
// Runs `arguments` (the whole command line: program, "admin", command, …);
// answers the exit status.
int run(const QStringList &arguments);

} // namespace admin
} // namespace boxoffice
