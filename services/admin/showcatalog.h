#pragma once

#include "db/result.h"
#include "sale/domain.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace boxoffice {

class Database;

struct ShowSummary
{
    int id = 0;
    QString title;
    QString venue;
    QDateTime startsAt;
    SalesState salesState = SalesState::OnSale;
    QMap<QString, int> freeByType; // ticket type -> free seats (lapsed holds count as free)
    int totalSeats = 0;
};

// The coming shows for the show picker (read-only; any worker thread).
class ShowCatalog final
{
public:
    static Result<QList<ShowSummary>> comingShows(Database &db, int limit = 60);
};

} // namespace boxoffice
