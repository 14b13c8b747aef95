#pragma once

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QPushButton>

namespace boxoffice {

// No push button of `buttons` is the dialog's default, nor becomes it when
// it has the focus (autoDefault off): Enter in the dialog's fields belongs
// to them alone (a search field, a reason that signs off), and never also
// presses a button beside it (cancelling an order by accident, acting
// twice). Space still presses a focused button.
inline void noDefaultButtons(QDialogButtonBox *buttons)
{
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
}

} // namespace boxoffice
