#include "staffdirectory.h"

#include "database.h"

#include <QtSql/QSqlQuery>

namespace boxoffice {

Result<QList<StaffMember>> StaffDirectory::activeStaff(Database &db)
{
    QList<StaffMember> staff;
    Result<Done> r = db.query(QStringLiteral("SELECT id, username, display_name, role FROM boxoffice.staff"
                                             " WHERE active ORDER BY role, display_name"),
        {}, [&staff](QSqlQuery &q) -> Result<Done> {
            while (q.next())
                staff << StaffMember {
                    q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
            return Done {};
        });
    if (!r)
        return r.error();
    return staff;
}

} // namespace boxoffice
