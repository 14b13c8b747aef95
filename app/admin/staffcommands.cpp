#include "admin/staffadmin.h"
#include "admincli.h"
#include "db/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QMap>
#include <QtCore/QTextStream>

#include <cstdio>
#include <functional>
#include <optional>

namespace boxoffice::admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("boxoffice::admin", text); // the context lupdate gives tr() here
}

// The options (--name VALUE or --name=VALUE) and the positional arguments
// of one command; unknown options are usage errors.
struct Arguments
{
    QMap<QString, QString> options;
    QStringList positional;
    QString error; // a usage error, said plainly
};

Arguments parseArguments(const QStringList &arguments, const QStringList &known)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            parsed.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            parsed.error = tr("--%1 needs a value.").arg(name);
            return parsed;
        }
        if (!known.contains(name)) {
            parsed.error = tr("Unknown option --%1.").arg(name);
            return parsed;
        }
        parsed.options.insert(name, value);
    }
    return parsed;
}

int usage(Context &context, const QString &message)
{
    context.err << message << '\n';
    return ExitUsage;
}

int refused(Context &context, const ServiceError &error)
{
    context.err << error.message << '\n';
    return ExitFailed;
}

// The password: the first line of --password-file, else of the standard
// input (never the command line, where other users of the machine could
// see it).
std::optional<QString> readPassword(Context &context, const Arguments &arguments)
{
    QFile file;
    if (arguments.options.contains(QStringLiteral("password-file"))) {
        file.setFileName(arguments.options.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << tr("Cannot read the password file %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return std::nullopt;
        }
    } else if (!file.open(stdin, QIODevice::ReadOnly)) {
        context.err << tr("Cannot read the password from the standard input.") << '\n';
        return std::nullopt;
    }
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

std::optional<StaffRole> roleOf(Context &context, const QString &name)
{
    const std::optional<StaffRole> role = staffRoleFromName(name);
    if (!role)
        context.err << ServiceError::invalidValue(QStringLiteral("role"), QStringLiteral("malformed")).message << ' '
                    << tr("(clerk, supervisor, manager or gate)") << '\n';
    return role;
}

// A change's outcome: "changed" or "unchanged" and the user name on out.
int report(Context &context, const Result<bool> &changed, const QString &username)
{
    if (!changed)
        return refused(context, changed.error());
    context.out << (changed.value() ? "changed " : "unchanged ") << username << '\n';
    return ExitDone;
}

// The commands that take one user name and nothing else.
Command simpleCommand(
    const QString &name, const QString &summary, std::function<Result<bool>(Database &, const QString &)> change)
{
    return Command {name, QStringLiteral("USERNAME"), summary,
        [change = std::move(change)](Context &context, const QStringList &arguments) {
            const Arguments parsed = parseArguments(arguments, {});
            if (!parsed.error.isEmpty())
                return usage(context, parsed.error);
            if (parsed.positional.size() != 1)
                return usage(context, tr("Give one user name."));
            return report(context, change(context.db, parsed.positional.first()), parsed.positional.first());
        }};
}

} // namespace

// The staff commands (issue 11). Every change is the database's to allow
// (a manager's login, or the local database's owner) and audits itself.
QList<Command> staffCommands()
{
    QList<Command> commands;
    commands << Command {QStringLiteral("list-staff"), QString(),
        tr("Lists the staff accounts: user name, display name, role, active, locked until (tab-separated)."),
        [](Context &context, const QStringList &arguments) {
            if (!arguments.isEmpty())
                return usage(context, tr("list-staff takes no arguments."));
            Result<QList<StaffAccount>> accounts = StaffAdmin::accounts(context.db);
            if (!accounts)
                return refused(context, accounts.error());
            for (const StaffAccount &a : accounts.value()) {
                context.out << a.username << '\t' << a.displayName << '\t' << staffRoleName(a.role) << '\t'
                            << (a.active ? "active" : "inactive") << '\t'
                            << (a.lockedUntil.isValid() ? a.lockedUntil.toUTC().toString(Qt::ISODate)
                                                        : QStringLiteral("-"))
                            << (a.mustChangePassword ? "\tmust-change-password" : "") << '\n';
            }
            return int(ExitDone);
        }};
    commands << Command {QStringLiteral("add-staff"),
        QStringLiteral("--username USERNAME --name \"DISPLAY NAME\" --role clerk|supervisor|manager|gate"
                       " [--password-file FILE]"),
        tr("Adds a staff account; its first password (from FILE or the standard input) must be changed at the "
           "first sign-in."),
        [](Context &context, const QStringList &arguments) {
            const Arguments parsed = parseArguments(arguments,
                {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"),
                    QStringLiteral("password-file")});
            if (!parsed.error.isEmpty())
                return usage(context, parsed.error);
            if (!parsed.positional.isEmpty())
                return usage(context, tr("Unexpected argument \"%1\".").arg(parsed.positional.first()));
            for (const char *required : {"username", "name", "role"}) {
                if (!parsed.options.contains(QLatin1String(required)))
                    return usage(context, tr("add-staff needs --%1.").arg(QLatin1String(required)));
            }
            const std::optional<StaffRole> role = roleOf(context, parsed.options.value(QStringLiteral("role")));
            if (!role)
                return int(ExitUsage);
            const std::optional<QString> password = readPassword(context, parsed);
            if (!password)
                return int(ExitUsage);
            const QString username = parsed.options.value(QStringLiteral("username"));
            return report(context,
                StaffAdmin::addStaff(
                    context.db, username, parsed.options.value(QStringLiteral("name")), *role, *password),
                username);
        }};
    commands << Command {QStringLiteral("set-role"), QStringLiteral("USERNAME clerk|supervisor|manager|gate"),
        tr("Changes an account's role (its database login moves to the role's group)."),
        [](Context &context, const QStringList &arguments) {
            const Arguments parsed = parseArguments(arguments, {});
            if (!parsed.error.isEmpty())
                return usage(context, parsed.error);
            if (parsed.positional.size() != 2)
                return usage(context, tr("Give a user name and a role."));
            const std::optional<StaffRole> role = roleOf(context, parsed.positional.at(1));
            if (!role)
                return int(ExitUsage);
            return report(
                context, StaffAdmin::setRole(context.db, parsed.positional.first(), *role), parsed.positional.first());
        }};
    commands << simpleCommand(QStringLiteral("deactivate"),
        tr("Deactivates an account: it can no longer sign in, nor log in to the database."),
        [](Database &db, const QString &username) { return StaffAdmin::setActive(db, username, false); });
    commands << simpleCommand(QStringLiteral("reactivate"), tr("Reactivates a deactivated account."),
        [](Database &db, const QString &username) { return StaffAdmin::setActive(db, username, true); });
    commands << Command {QStringLiteral("reset-password"), QStringLiteral("USERNAME [--password-file FILE]"),
        tr("Gives an account a new password (from FILE or the standard input), to be changed at the next sign-in."),
        [](Context &context, const QStringList &arguments) {
            const Arguments parsed = parseArguments(arguments, {QStringLiteral("password-file")});
            if (!parsed.error.isEmpty())
                return usage(context, parsed.error);
            if (parsed.positional.size() != 1)
                return usage(context, tr("Give one user name."));
            const std::optional<QString> password = readPassword(context, parsed);
            if (!password)
                return int(ExitUsage);
            return report(context, StaffAdmin::resetPassword(context.db, parsed.positional.first(), *password),
                parsed.positional.first());
        }};
    commands << simpleCommand(QStringLiteral("unlock"), tr("Unlocks an account locked out after wrong passwords."),
        [](Database &db, const QString &username) { return StaffAdmin::unlock(db, username); });
    return commands;
}

} // namespace boxoffice::admin
