// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTreeView;

namespace PlanTrack {

class AgencyChoiceModel;
class AgencySearchProxy;

/// Shows the agency tree to choose from: a search field that ignores case and Vietnamese
/// marks, a switch for retired agencies, and the tree with one check box column per choice
/// (or none, to pick one row).
class AgencyPicker final : public QWidget
{
    Q_OBJECT

public:
    AgencyPicker(const QStringList &choiceTitles,
                 const AgencyDirectory &agencies,
                 bool english,
                 QWidget *parent = nullptr);

    AgencyChoiceModel *model() const { return m_model; }

    QTreeView *view() const { return m_view; }

    QLineEdit *searchField() const { return m_search; }

    /// Returns the agency of the current row, or 0.
    AgencyId currentAgencyId() const;

    /// Makes the row of an agency the current one.
    void setCurrentAgencyId(AgencyId id);

Q_SIGNALS:
    void currentAgencyChanged(PlanTrack::AgencyId id);

private:
    void search(const QString &text);

    AgencyChoiceModel *m_model;
    AgencySearchProxy *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_showRetired;
    QTreeView *m_view;
};

} // namespace PlanTrack
