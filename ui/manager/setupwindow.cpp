#include "setupwindow.h"

#include "manager/blockspage.h"
#include "manager/pricetypespage.h"
#include "manager/showspage.h"
#include "manager/staffpage.h"
#include "manager/venuespage.h"

#include <QtGui/QKeySequence>
#include <QtWidgets/QTabWidget>

namespace boxoffice {

SetupWindow::SetupWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("setupWindow"));
    setWindowTitle(tr("Set-up"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    resize(1100, 720);
    // The pages, in the order a new stadium is set up. Each page's object
    // name is the key of page() and showPage().
    auto *venues = new VenuesPage(m_db, this);
    connect(venues, &VenuesPage::changed, this, &SetupWindow::changed);
    addPage(venues, tr("Venues"));
    // (The shows and blocks pages connect their changes to changed() themselves.)
    addPage(new PriceTypesPage(m_db, this), tr("Price types"));
    addPage(new ShowsPage(m_db, this), tr("Shows and prices"));
    addPage(new BlocksPage(m_db, this), tr("Seat blocks"));
    addPage(new StaffPage(m_db, this), tr("Staff"));
}

void SetupWindow::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

QWidget *SetupWindow::page(const QString &name) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == name)
            return m_tabs->widget(i);
    }
    return nullptr;
}

bool SetupWindow::showPage(const QString &name)
{
    QWidget *w = page(name);
    if (!w)
        return false;
    m_tabs->setCurrentWidget(w);
    return true;
}

} // namespace boxoffice
