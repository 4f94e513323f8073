// SPDX-FileCopyrightText: 2026 PlanTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencydialog.h"

#include "agencies/agencytree.h"
#include "common/problemlabel.h"
#include "text/vietnamesetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PlanTrack {

AgencyDialog::AgencyDialog(Mode mode,
                           const AgencyDirectory &agencies,
                           bool english,
                           QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_agencies(agencies)
    , m_english(english)
    , m_nameVi(new QLineEdit)
    , m_nameEn(new QLineEdit)
    , m_code(new QLineEdit)
    , m_parent(new QComboBox)
    , m_problem(new ProblemLabel)
{
    setObjectName(u"agencyDialog"_s);
    m_agency.isGroup = mode == Mode::NewGroup;
    switch (mode) {
    case Mode::NewAgency:
        setWindowTitle(tr("New Agency"));
        break;
    case Mode::NewGroup:
        setWindowTitle(tr("New Group"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Agency"));
        break;
    }

    m_nameVi->setObjectName(u"nameVi"_s);
    m_nameEn->setObjectName(u"nameEn"_s);
    m_code->setObjectName(u"code"_s);
    m_parent->setObjectName(u"parent"_s);
    m_nameVi->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_nameVi->setPlaceholderText(tr("as written in decisions, e.g. Sở Nội vụ"));
    m_nameEn->setPlaceholderText(tr("optional, e.g. Department of Home Affairs"));
    m_code->setPlaceholderText(tr("short, e.g. SNV"));
    m_code->setMaxLength(24);

    auto *form = new QFormLayout;
    form->addRow(tr("&Vietnamese name:"), m_nameVi);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Belongs to:"), m_parent);
    if (mode == Mode::NewAgency) {
        m_groups = new QListWidget;
        m_groups->setObjectName(u"groups"_s);
        m_groups->setMaximumHeight(fontMetrics().height() * 7);
        form->addRow(tr("&Member of:"), m_groups);
        QList<const Agency *> groups;
        for (const Agency &agency : m_agencies.agencies()) {
            if (agency.isGroup && !agency.isRetired())
                groups.append(&agency);
        }
        VietnameseText::sortBy(groups, [english](const Agency *a) { return a->name(english); });
        for (const Agency *group : std::as_const(groups)) {
            auto *item = new QListWidgetItem(group->name(english), m_groups);
            item->setData(Qt::UserRole, group->id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_nameVi, &QLineEdit::textEdited, this, &AgencyDialog::suggestCode);
    connect(m_code, &QLineEdit::textEdited, this, [this] { m_codeTyped = true; });
    fillParents();
}

void AgencyDialog::setAgency(const Agency &agency)
{
    m_agency = agency;
    m_agency.isGroup = m_mode == Mode::Edit ? agency.isGroup : m_mode == Mode::NewGroup;
    m_nameVi->setText(agency.nameVi);
    m_nameEn->setText(agency.nameEn);
    m_code->setText(agency.code);
    m_codeTyped = !agency.code.isEmpty();
    fillParents();
}

void AgencyDialog::setGroupIds(const QList<AgencyId> &ids)
{
    if (!m_groups)
        return;
    for (int row = 0; row < m_groups->count(); ++row) {
        QListWidgetItem *item = m_groups->item(row);
        const bool member = ids.contains(item->data(Qt::UserRole).value<AgencyId>());
        item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
    }
}

Agency AgencyDialog::agency() const
{
    Agency result = m_agency;
    result.nameVi = VietnameseText::clean(m_nameVi->text());
    result.nameEn = VietnameseText::clean(m_nameEn->text());
    result.code = VietnameseText::clean(m_code->text());
    result.parentId = m_parent->currentData().value<AgencyId>();
    return result;
}

QList<AgencyId> AgencyDialog::groupIds() const
{
    QList<AgencyId> ids;
    for (int row = 0; m_groups && row < m_groups->count(); ++row) {
        const QListWidgetItem *item = m_groups->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).value<AgencyId>());
    }
    return ids;
}

void AgencyDialog::accept()
{
    const QString problem = m_check ? m_check(agency(), groupIds()) : QString();
    if (m_problem->showProblem(problem))
        QDialog::accept();
}

// Offers every agency in use as the parent, indented as in the tree; an agency being
// edited cannot go under itself or its own units.
void AgencyDialog::fillParents()
{
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), AgencyId(0));

    const QList<std::pair<const Agency *, int>> order = AgencyTree::treeOrder(m_agencies);
    for (const auto &[agency, depth] : order) {
        const bool ownUnit =
            m_agency.id && AgencyTree::isWithin(m_agencies, agency->id, m_agency.id);
        if (ownUnit || (agency->isRetired() && agency->id != m_agency.parentId))
            continue;
        m_parent->addItem(QString(depth * 3, u' ') + agency->name(m_english), agency->id);
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(m_agency.parentId)));
}

// Proposes the initials of the name as the code, until the user types one.
void AgencyDialog::suggestCode()
{
    if (m_codeTyped)
        return;
    QString code;
    const QStringList words =
        VietnameseText::fold(m_nameVi->text()).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.at(0).isLetterOrNumber())
            code += word.at(0).toUpper();
    }
    m_code->setText(code);
}

} // namespace PlanTrack
