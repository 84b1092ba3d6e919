-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'review';

-- CreateTable
CREATE TABLE "QuizDefinition" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuizDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "definitionId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "items" JSONB NOT NULL,
    "certainty" BOOLEAN NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "openKey" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "QuizAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizAnswer" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "itemIndex" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "certainty" INTEGER,
    "correct" BOOLEAN,
    "score" INTEGER,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuizAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuizDefinition_ownerId_idx" ON "QuizDefinition"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_openKey_key" ON "QuizAttempt"("openKey");

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_definitionId_idx" ON "QuizAttempt"("userId", "definitionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAnswer_attemptId_idempotencyKey_key" ON "QuizAnswer"("attemptId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAnswer_attemptId_itemIndex_key" ON "QuizAnswer"("attemptId", "itemIndex");

-- AddForeignKey
ALTER TABLE "QuizDefinition" ADD CONSTRAINT "QuizDefinition_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_definitionId_fkey" FOREIGN KEY ("definitionId") REFERENCES "QuizDefinition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAnswer" ADD CONSTRAINT "QuizAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
