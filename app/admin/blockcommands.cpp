#include "admincli.h"

namespace boxoffice::admin {

// The block commands (issue 11); none yet.
QList<Command> blockCommands()
{
    return {};
}

} // namespace boxoffice::admin
