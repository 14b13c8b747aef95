#include "admincli.h"

namespace boxoffice::admin {

// The show commands (issue 11); none yet.
QList<Command> showCommands()
{
    return {};
}

} // namespace boxoffice::admin
