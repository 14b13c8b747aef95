#pragma once

#include "ops/reports.h"

#include <QtCore/QDate>
#include <QtCore/QTimeZone>
#include <QtWidgets/QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace boxoffice {

class Database;
class ReportTableModel;

// A supervisor's sales report: a period (today by default), broken down by
// show, zone, counter or clerk, with gross, refunds, net and the net per
// payment method; a totals row; export to CSV. The database work runs on
// worker threads.
class ReportsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsDialog)

public:
    explicit ReportsDialog(Database &db, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    // Whole days, both included.
    void setPeriod(const QDate &from, const QDate &to);
    void setGrouping(ReportGrouping grouping);
    ReportGrouping grouping() const;
    // Loads the report for the period and grouping shown.
    void refresh();
    // Writes the report shown as CSV; false (and the reason shown) on failure.
    bool exportCsv(const QString &path);

    QComboBox *periodBox() const { return m_period; }
    QComboBox *groupingBox() const { return m_grouping; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QTableView *table() const { return m_table; }
    ReportTableModel *model() const { return m_model; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void reportLoaded(int rows);
    void failed(const QString &message);
    void exported(const QString &path);

private:
    enum Period { Today, Yesterday, Last7Days, ThisMonth, LastMonth, Custom };
    void applyPeriod(int period);
    void showMessage(const QString &text, bool error);
    QString suggestedFileName() const;

    Database &m_db;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_message = nullptr;
    ReportTableModel *m_model = nullptr;
    QTimeZone m_zone; // the venue's; invalid until the database said it
    bool m_refreshWhenZoneKnown = false;
    quint64 m_request = 0; // answers to older requests are dropped
    bool m_settingPeriod = false;
};

} // namespace boxoffice
