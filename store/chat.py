"""The conversation behind a thread of versions: one turn per agent run, with its messages and its TSX."""

from sqlmodel import Session, col, select

from store.models import ChatTurn, VideoJob, saved_id


def save_chat_turn(
    session: Session, job: VideoJob, messages_json: bytes | str, tsx_snapshot: str | None
) -> ChatTurn:
    """Stores the messages this run added (pydantic-ai `result.new_messages_json()`) and the TSX it left."""
    text = messages_json.decode("utf-8") if isinstance(messages_json, bytes) else messages_json
    turn = session.exec(select(ChatTurn).where(ChatTurn.job_id == job.id)).first()
    if turn is None:
        turn = ChatTurn(
            job_id=saved_id(job), thread_id=job.thread_id, messages_json=text, tsx_snapshot=tsx_snapshot
        )
    else:
        turn.sqlmodel_update({"messages_json": text, "tsx_snapshot": tsx_snapshot})
    session.add(turn)
    session.commit()
    return turn


def thread_history(session: Session, job: VideoJob) -> list[ChatTurn]:
    """The turns of the job's ancestors, oldest first: the history an iteration continues from.
    Versions on other branches of the thread are left out. Two queries, however long the thread."""
    parents = dict(
        session.exec(select(VideoJob.id, VideoJob.parent_id).where(VideoJob.thread_id == job.thread_id)).all()
    )
    ancestors: list[int] = []
    parent_id = job.parent_id
    while parent_id is not None and parent_id not in ancestors:
        ancestors.append(parent_id)
        parent_id = parents.get(parent_id)
    turns = session.exec(select(ChatTurn).where(col(ChatTurn.job_id).in_(ancestors))).all()
    order = {job_id: position for position, job_id in enumerate(reversed(ancestors))}
    return sorted(turns, key=lambda turn: order[turn.job_id])


def previous_tsx(session: Session, job: VideoJob) -> str | None:
    """The TSX of the version this job revises (its parent's snapshot, else the parent's final code)."""
    if job.parent_id is None:
        return None
    turn = session.exec(select(ChatTurn).where(ChatTurn.job_id == job.parent_id)).first()
    if turn is not None and turn.tsx_snapshot:
        return turn.tsx_snapshot
    parent = session.get(VideoJob, job.parent_id)
    return None if parent is None else parent.generated_code
