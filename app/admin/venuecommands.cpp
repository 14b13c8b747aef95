#include "admincli.h"

namespace boxoffice::admin {

// The venue commands (issue 11); none yet.
QList<Command> venueCommands()
{
    return {};
}

} // namespace boxoffice::admin
