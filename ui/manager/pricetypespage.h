#pragma once

#include "admin/pricetypeadmin.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace boxoffice {

class Database;

// Set-up → Price types (issue 12): the price types (code, English and Thai
// names, comp, order, active) with a form to add one or edit the selected
// one, and the approval rule (a seat sold below this % of its STANDARD
// price needs a supervisor; comps always do; how many minutes an approval
// lasts). A show's prices per price type are set on Shows and prices.
// Loading and saving on worker threads; refusals shown translated.
class PriceTypesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTypesPage)

public:
    explicit PriceTypesPage(Database &db, QWidget *parent = nullptr);

    void reload();
    bool isBusy() const { return m_busy > 0; }
    QTableWidget *typeTable() const { return m_table; }

Q_SIGNALS:
    // A price type or the rule changed: counters reload.
    void changed();
    void loaded();
    void saved();
    void failed(const QString &message);

private:
    void typeSelected();
    void newType();
    void saveType();
    void saveRule();
    void showError(const QString &message);
    void setBusy(bool busy);
    void show(const PriceTypeList &list);

    Database &m_db;
    int m_busy = 0;
    PriceTypeList m_list;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_nameTh = nullptr;
    QCheckBox *m_comp = nullptr;
    QSpinBox *m_order = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QLineEdit *m_percent = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_saveRule = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace boxoffice
