#include "admincli.h"

namespace boxoffice::admin {

// The staff commands (issue 11); none yet.
QList<Command> staffCommands()
{
    return {};
}

} // namespace boxoffice::admin
