export function UndoToast({ message, onUndo }: { message: string; onUndo: () => void }) {
  return (
    <div className="undo-toast" role="status">
      <span>{message}</span>
      <span aria-hidden="true"> · </span>
      <button type="button" className="linkish" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
