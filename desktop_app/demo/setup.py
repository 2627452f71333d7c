"""Setting up the demo office before its cases: users and teams, providers, per-area context, files."""

from __future__ import annotations

import random

from desktop_app.demo.context import AreaCtx, StatusCtx, UserIds
from desktop_app.demo.files import FileStore
from desktop_app.demo.pools import LocalePool
from desktop_app.demo.rules import AREAS
from desktop_app.models import (
    CancellationReason,
    Contact,
    DocumentType,
    IndexField,
    LookupValue,
    NumberingSeries,
    Office,
    Role,
    Status,
    Team,
    User,
    WorkArea,
    Workflow,
)
from desktop_app.models.states import RoleCode
from desktop_app.services.context import LOCAL_ADMIN_LOGIN
from desktop_app.services.settings import presets

# (login, role, description) of every demo user, for the README and `casedesk users`.
# Every login but admin has the password "demo".
DEMO_LOGINS: list[tuple[str, str, str]] = [
    (LOCAL_ADMIN_LOGIN, RoleCode.ADMIN, "Administrator of every office (no password)"),
    ("clerk", RoleCode.ADMINISTRATIVE, "Administrative clerk: checks documents, records payments, all offices"),
    ("manager1", RoleCode.SALES_MANAGER, "Sales manager, Automóviles Levante, team Norte (advisor1-3)"),
    ("manager2", RoleCode.SALES_MANAGER, "Sales manager, Automóviles Levante, team Sur (advisor4-5)"),
    ("advisor1", RoleCode.SALES_ADVISOR, "Sales advisor, team Norte"),
    ("advisor2", RoleCode.SALES_ADVISOR, "Sales advisor, team Norte"),
    ("advisor3", RoleCode.SALES_ADVISOR, "Sales advisor, team Norte"),
    ("advisor4", RoleCode.SALES_ADVISOR, "Sales advisor, team Sur"),
    ("advisor5", RoleCode.SALES_ADVISOR, "Sales advisor, team Sur"),
    ("tech1", RoleCode.TECHNICIAN, "Diagnostics technician, Diag Expertise Atlantique"),
    ("tech2", RoleCode.TECHNICIAN, "Diagnostics technician, Diag Expertise Atlantique"),
    ("tech3", RoleCode.TECHNICIAN, "Workshop technician, Automóviles Levante after-sales"),
    ("tech4", RoleCode.TECHNICIAN, "Repair technician (plumbing), Interpartner network"),
    ("tech5", RoleCode.TECHNICIAN, "Repair technician (electrical), Interpartner network"),
    ("tech6", RoleCode.TECHNICIAN, "Repair technician (locks and masonry), Interpartner network"),
    ("tech7", RoleCode.TECHNICIAN, "Field technician, Conecta Fibra Telecom"),
    ("tech8", RoleCode.TECHNICIAN, "Field technician, Conecta Fibra Telecom"),
]
# login → (office kind or None for every office, team name or None)
_HOME = {"clerk": (None, None), "manager1": ("dealership", "Equipo Norte"), "manager2": ("dealership", "Equipo Sur"),
         "advisor1": ("dealership", "Equipo Norte"), "advisor2": ("dealership", "Equipo Norte"),
         "advisor3": ("dealership", "Equipo Norte"), "advisor4": ("dealership", "Equipo Sur"),
         "advisor5": ("dealership", "Equipo Sur"), "tech1": ("diagnostics", None), "tech2": ("diagnostics", None),
         "tech3": ("dealership", None), "tech4": ("repair", None), "tech5": ("repair", None),
         "tech6": ("repair", None), "tech7": ("isp", None), "tech8": ("isp", None)}
_ASSIGNEES = {"VN": "advisor", "PV": "tech3", "DIAG": "tech1 tech2", "SIN": "tech4 tech5 tech6",
              "ATD": "tech7 tech8"}


def render_files(files: FileStore, with_rich: bool) -> tuple[dict, dict]:
    """Specimens (and, if wanted, real files) of every document type, stored as blobs."""
    specimens, rich = {}, {}
    for _name, _country, _language, presets_ in presets.OFFICES.values():
        for preset in presets_:
            types = [code for code, _, _ in preset.document_types]
            reports = {code for code, _, is_report in preset.document_types if is_report}
            specimens[preset.code] = files.specimens(preset.code, types)
            rich[preset.code] = files.rich(preset.code, types, reports) if with_rich else {}
    return specimens, rich


def create_users(offices: dict[str, Office], pools: dict[str, LocalePool], password_hash: str,
                 created: str) -> UserIds:
    """The users of DEMO_LOGINS (the local admin exists already), the two sales teams."""
    roles = {role.code: role.id for role in Role.select()}
    admin = (User.get_or_none(User.login == LOCAL_ADMIN_LOGIN)
             or User.select().join(Role).where(Role.code == RoleCode.ADMIN).order_by(User.id).first())
    teams: dict[str, Team] = {}
    ids: dict[str, int] = {}
    for position, (login, role, _description) in enumerate(DEMO_LOGINS):
        if login == LOCAL_ADMIN_LOGIN:
            continue
        kind, team_name = _HOME[login]
        office = offices[kind] if kind else None
        if team_name and team_name not in teams:
            teams[team_name] = Team.create(office=office, name=team_name)
        pool = pools[office.language if office else "es"]
        first = pool.first_names[(position * 7919) % len(pool.first_names)]
        last = pool.last_names[(position * 104_729) % len(pool.last_names)]
        user = User.create(
            login=login, full_name=f"{first} {last}", initials=(first[:1] + last[:1]).upper(),
            email=f"{login}@demo.casedesk.invalid", role=roles[role], team=teams.get(team_name), office=office,
            password_hash=password_hash, language=office.language if office else "es", created_at=created)
        ids[login] = user.id
    result = UserIds(admin=admin.id, clerk=ids["clerk"], by_login=ids)
    for login, role, _ in DEMO_LOGINS:
        team_name = _HOME.get(login, (None, None))[1]
        if role == RoleCode.SALES_MANAGER:
            result.managers.append(ids[login])
            result.manager_of_team[teams[team_name].id] = ids[login]
        elif role == RoleCode.SALES_ADVISOR:
            result.advisors.append(ids[login])
        if team_name:
            result.team_of[ids[login]] = teams[team_name].id
    return result


def _prescribers(office: Office, pool: LocalePool, rng: random.Random, created: str) -> tuple[list, list]:
    """The office's business providers: agencies and notaries (FR), insurers (ES repair and workshop)."""
    agencies, notaries = [], []
    if office.kind == "diagnostics":
        for company in pool.companies[:60]:
            contact = Contact.create(kind="company", company=f"Agence {company}", country=office.country,
                                     phone=rng.choice(pool.phones), city=rng.choice(pool.places)[0],
                                     created_at=created)
            agencies.append((contact.id, contact.display_name))
        for index in range(25):
            first = pool.first_names[index * 7 % len(pool.first_names)]
            last = pool.last_names[index * 13 % len(pool.last_names)]
            contact = Contact.create(kind="person", first_name=first, last_name=f"Maître {last}",
                                     company=f"Étude de Maître {last}", country=office.country,
                                     phone=rng.choice(pool.phones), created_at=created)
            notaries.append((contact.id, contact.display_name))
    elif office.kind in ("repair", "dealership"):
        for insurer in AREAS["SIN"].origins:
            contact = Contact.create(kind="company", company=insurer, country=office.country,
                                     email=f"siniestros@{insurer.lower()}.es", created_at=created)
            agencies.append((contact.id, contact.display_name))
    return agencies, notaries


def area_contexts(offices: dict[str, Office], pools: dict[str, LocalePool], users: UserIds,
                  specimens: dict, rich: dict, created: str, seed: int) -> list[AreaCtx]:
    """What the case generator needs to know about each work area (ids, rules, people, files)."""
    rng = random.Random(seed)
    by_login = users.by_login
    areas = []
    for kind, office in offices.items():
        pool = pools[office.language]
        agencies, notaries = _prescribers(office, pool, rng, created)
        for preset in presets.OFFICES[kind][3]:
            area = WorkArea.get((WorkArea.office == office) & (WorkArea.code == preset.code))
            series = NumberingSeries.get(NumberingSeries.work_area == area)
            statuses = Status.select().join(Workflow).where(Workflow.work_area == area).order_by(Status.position)
            rules = AREAS[preset.code]
            fields = []
            for index_field in IndexField.select().where(IndexField.work_area == area).order_by(IndexField.position):
                choices = tuple(v.value for v in LookupValue.select().where(LookupValue.field == index_field)
                                .order_by(LookupValue.position))
                fields.append((index_field.id, index_field.code, index_field.kind, index_field.required, choices))
            assignees = (users.advisors if _ASSIGNEES[preset.code] == "advisor"
                         else [by_login[login] for login in _ASSIGNEES[preset.code].split()])
            areas.append(AreaCtx(
                rules=rules, id=area.id, series_id=series.id, prefix=series.prefix, width=series.width,
                first_number=series.next_value, office_id=office.id, language=office.language,
                country=office.country, pool=pool,
                statuses=[StatusCtx(s.id, s.code, s.kind, rules.statuses[s.code], i, s.name)
                          for i, s in enumerate(statuses)],
                types={t.code: (t.id, t.is_report) for t in DocumentType.select()
                       .where(DocumentType.work_area == area).order_by(DocumentType.position)},
                fields=fields,
                reasons=[r.id for r in CancellationReason.select().where(CancellationReason.work_area == area)
                         .order_by(CancellationReason.position)],
                assignees=assignees,
                creators=([users.clerk, *users.advisors] if preset.code == "VN" else [users.clerk, users.admin]),
                closers=users.managers if preset.code == "VN" else [users.admin],
                prescribers=agencies if preset.code in ("DIAG", "SIN", "PV") else [],
                notaries=notaries if preset.code == "DIAG" else [],
                specimens=specimens[preset.code], rich=rich[preset.code], position=len(areas),
                company_p={"VN": 0.06, "ATD": 0.1}.get(preset.code, 0.0)))
    return areas
