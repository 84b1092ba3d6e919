-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "deviceId" TEXT;

-- CreateTable
CREATE TABLE "SignUpAttempt" (
    "id" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignUpAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignUpAttempt_ip_createdAt_idx" ON "SignUpAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_deviceId_createdAt_idx" ON "SignInAttempt"("deviceId", "createdAt");
