interface ErrorAlertProps {
  /** Already translated text; nothing is rendered when it is empty. */
  message: string | null;
  id?: string;
}

/** An announced error message; give it an id to tie it to a field with aria-describedby. */
export function ErrorAlert({ message, id }: ErrorAlertProps) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="message message-error">
      {message}
    </p>
  );
}
