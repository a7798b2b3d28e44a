import {CheckmarkIcon} from '@sanity/icons/Checkmark'
import {CloseIcon} from '@sanity/icons/Close'
import {Box, Button, Card, Flex, Stack, Text, TextArea} from '@sanity/ui'
import {useToast} from '@sanity/ui/toast'
import {useId, useState, type FormEvent} from 'react'
import {useClient, useCurrentUser, type DocumentActionComponent, type SanityDocument} from 'sanity'
import {useRouter} from 'sanity/router'
import {studioEnv} from '../env'
import {applySubmission, InboxError, rejectSubmission, type Applied} from './apply'

const isOpen = (document: SanityDocument | null) => document?.status === 'open'

const HANDLED = 'Đề xuất này đã được xử lý.'

/** What the editor must still do with the draft an applied submission made. */
function nextStep(applied: Applied): string {
  if (applied.type !== 'pointOfSale') return `Đã cập nhật liên kết trong bản nháp của “${applied.title}”. Kiểm tra rồi bấm “Xuất bản”.`
  const area = applied.areaMatched ? '' : 'chọn xã / phường, '
  return `Đã tạo bản nháp điểm bán “${applied.title}”. Hãy ${area}thêm tọa độ bản đồ và ảnh, rồi xuất bản.`
}

function errorMessage(error: unknown): string {
  if (error instanceof InboxError) return error.message
  return `Lỗi khi ghi dữ liệu: ${(error as Error).message}. Chưa có gì được ghi; hãy thử lại.`
}

/** Where a product's and a producer's shop links are, for opening them there after "Áp dụng". */
const LINK_FIELDS: Record<string, string> = {product: 'shopLinks', producer: 'links'}

/** "Áp dụng": copies the submission into its product, producer or a new point of sale, then opens that draft. */
export const ApplySubmissionAction: DocumentActionComponent = ({draft, published}) => {
  const submission = draft ?? published
  const client = useClient({apiVersion: studioEnv.apiVersion})
  const user = useCurrentUser()
  const toast = useToast()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  return {
    label: busy ? 'Đang áp dụng…' : 'Áp dụng',
    icon: CheckmarkIcon,
    tone: 'positive',
    disabled: !submission || !user || !isOpen(submission) || busy,
    title: isOpen(submission) ? 'Chép đề xuất vào bản nháp của sản phẩm, chủ thể hoặc điểm bán để kiểm tra rồi xuất bản.' : HANDLED,
    onHandle: async () => {
      if (!submission || !user) return
      setBusy(true)
      try {
        const applied = await applySubmission(client, submission._id, {user})
        toast.push({status: 'success', title: 'Đã áp dụng đề xuất', description: nextStep(applied), duration: 15_000, closable: true})
        // Opened on the links just applied, not on the form's first tab.
        const links = LINK_FIELDS[applied.type]
        router.navigateIntent('edit', {id: applied.id, type: applied.type, ...(links ? {path: links} : {})})
      } catch (error) {
        toast.push({status: 'error', title: 'Chưa áp dụng được', description: errorMessage(error), duration: 15_000, closable: true})
      } finally {
        setBusy(false)
      }
    },
  }
}
ApplySubmissionAction.displayName = 'ApplySubmissionAction'

/** "Từ chối": asks for the reason, which is kept with the submission. */
export const RejectSubmissionAction: DocumentActionComponent = ({draft, published}) => {
  const submission = draft ?? published
  const client = useClient({apiVersion: studioEnv.apiVersion})
  const user = useCurrentUser()
  const toast = useToast()
  const [dialogOpen, setDialogOpen] = useState(false)

  const reject = async (reason: string) => {
    if (!submission || !user) return
    await rejectSubmission(client, submission._id, {reason, user})
    setDialogOpen(false)
    toast.push({status: 'success', title: 'Đã từ chối đề xuất', description: 'Lý do được lưu cùng đề xuất.'})
  }

  return {
    label: 'Từ chối',
    icon: CloseIcon,
    tone: 'critical',
    disabled: !submission || !user || !isOpen(submission),
    title: isOpen(submission) ? 'Không áp dụng đề xuất này; bạn sẽ được hỏi lý do.' : HANDLED,
    onHandle: () => setDialogOpen(true),
    dialog: dialogOpen && {
      type: 'dialog',
      header: 'Từ chối đề xuất',
      width: 'small',
      onClose: () => setDialogOpen(false),
      content: <RejectForm onCancel={() => setDialogOpen(false)} onReject={reject} />,
    },
  }
}
RejectSubmissionAction.displayName = 'RejectSubmissionAction'

function RejectForm({onCancel, onReject}: {onCancel: () => void; onReject: (reason: string) => Promise<void>}) {
  const id = useId()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim()) return setError('Hãy ghi lý do từ chối.')
    setBusy(true)
    try {
      await onReject(reason)
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap={4}>
        <Stack gap={3}>
          <Text as="label" htmlFor={id} size={1} weight="medium">
            Lý do từ chối (bắt buộc)
          </Text>
          <Text size={1} muted>
            Lý do được lưu cùng đề xuất để cán bộ khác biết, và để trả lời người gửi nếu họ hỏi.
          </Text>
          <TextArea
            id={id}
            rows={4}
            value={reason}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setReason(event.currentTarget.value)
              setError(undefined)
            }}
          />
          {error && (
            <Card tone="critical" padding={3} radius={2} border>
              <Text id={`${id}-error`} size={1}>
                {error}
              </Text>
            </Card>
          )}
        </Stack>
        <Flex gap={2} justify="flex-end">
          <Button mode="ghost" text="Hủy" onClick={onCancel} disabled={busy} />
          <Box>
            <Button type="submit" tone="critical" icon={CloseIcon} text={busy ? 'Đang lưu…' : 'Từ chối đề xuất'} disabled={busy} />
          </Box>
        </Flex>
      </Stack>
    </form>
  )
}
