#pragma once

#include "result.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace boxoffice {

class Database;

struct StaffMember
{
    int id = 0;
    QString username;
    QString displayName;
    QString role; // clerk, supervisor, manager
};

// The staff who may sign in at a counter. (Passwords and database roles
// come with the staff-and-roles work.)
class StaffDirectory final
{
public:
    static Result<QList<StaffMember>> activeStaff(Database &db);
};

} // namespace boxoffice
