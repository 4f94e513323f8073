// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/agency.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace PlanTrack {

class ProblemLabel;

/// Asks for the names, code and place in the tree of a new agency or group, or of one
/// being edited. A new agency can join groups at once. The entry is checked before the
/// dialog closes; a refusal is shown in the dialog.
class AgencyDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        NewAgency,
        NewGroup,
        Edit,
    };

    /// Returns the reason an entry is refused, or an empty text.
    using Check = std::function<QString(const Agency &agency, const QList<AgencyId> &groupIds)>;

    AgencyDialog(Mode mode,
                 const AgencyDirectory &agencies,
                 bool english,
                 QWidget *parent = nullptr);

    /// Fills the dialog with an agency (to edit) or with the parent of a new one.
    void setAgency(const Agency &agency);

    /// Ticks the groups a new agency joins.
    void setGroupIds(const QList<AgencyId> &ids);

    void setCheck(Check check) { m_check = std::move(check); }

    Agency agency() const;
    QList<AgencyId> groupIds() const;

    void accept() override;

private:
    void fillParents();
    void suggestCode();

    Mode m_mode;
    AgencyDirectory m_agencies;
    bool m_english;
    Agency m_agency;
    Check m_check;
    QLineEdit *m_nameVi;
    QLineEdit *m_nameEn;
    QLineEdit *m_code;
    QComboBox *m_parent;
    QListWidget *m_groups = nullptr;
    ProblemLabel *m_problem;
    bool m_codeTyped = false;
};

} // namespace PlanTrack
